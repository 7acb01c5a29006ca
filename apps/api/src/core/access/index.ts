export { AccessModule } from './access.module';
export { AccessService, isUuid } from './access.service';
