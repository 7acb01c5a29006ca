export { ResponsesModule } from './responses.module';
export { ResponsesJobsModule } from './responses-jobs.module';
export { ResponsesService } from './responses.service';
export type { ResponseContent, SubmitResponseCommand, SubmitResponseResult } from './responses.service';
export { contactsVisibleTo } from './contact-details';
export type { ContactPerson } from './contact-details';
export { ContactPersonModel, NeedResponseModel, ResponseAttachmentModel } from './models/response.models';
export { ResponseEntity, ResponseVersionEntity } from './entities/response.entity';
