export { NeedsModule } from './needs.module';
export { NeedsJobsModule } from './needs-jobs.module';
export { NeedsService } from './needs.service';
export { NeedEntity, NeedInvitationEntity, NeedLotEntity, NeedVersionEntity } from './entities/need.entity';
export { NeedModel, NeedLotModel, NeedPlaceModel, NeedKindEnum, NeedStatusEnum, NeedVisibilityEnum, NeedPlaceKindEnum } from './models/need.models';
