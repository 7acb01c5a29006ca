export { ConsortiaModule } from './consortia.module';
export { ConsortiaJobsModule } from './consortia-jobs.module';
export { ConsortiaService } from './consortia.service';
export { ConsortiumEntity, ConsortiumMemberEntity, PartnerApplicationEntity, PartnerCallEntity } from './entities/consortium.entity';
