export { EmailDeliveryEntity } from './email-delivery.entity';
export { emailHtml } from './layout';
export type { EmailExtras } from './layout';
export { MailModule } from './mail.module';
export { MailService } from './mail.service';
export type { MailMessage } from './mail.service';
