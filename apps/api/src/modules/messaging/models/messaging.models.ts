import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ContactPersonModel, ResponseAttachmentModel } from '../../responses';

@ObjectType('ThreadParty')
export class ThreadPartyModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('Message')
export class MessageModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) threadId!: string;
  @Field() body!: string;
  @Field() authorName!: string;
  @Field(() => ID) authorOrganizationId!: string;
  @Field() authorOrganizationName!: string;
  @Field({ description: "Written by the caller's active organisation" }) mine!: boolean;
  @Field(() => [ResponseAttachmentModel]) attachments!: ResponseAttachmentModel[];
  @Field() createdAt!: Date;
}

@ObjectType('MessageThread', { description: 'A conversation about one need between its buyer and one supplier or one consortium' })
export class MessageThreadModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) needId!: string;
  @Field() needTitle!: string;
  @Field(() => ThreadPartyModel) buyer!: ThreadPartyModel;
  @Field(() => ThreadPartyModel, { description: "The supplier, or the consortium's lead" }) supplier!: ThreadPartyModel;
  @Field(() => ThreadPartyModel, { nullable: true }) consortium!: ThreadPartyModel | null;
  @Field(() => Int, { description: "Messages of the other side the caller's organisation has not read" }) unreadCount!: number;
  @Field(() => Date, { nullable: true }) lastMessageAt!: Date | null;
  @Field(() => String, { nullable: true }) lastMessageExcerpt!: string | null;
  @Field() createdAt!: Date;
  @Field(() => [ContactPersonModel], { nullable: true, description: "The supplier's contact persons: buyer side only" }) contact!: ContactPersonModel[] | null;
}

@ObjectType('MessagePage')
export class MessagePageModel {
  @Field(() => [MessageModel], { description: 'Oldest first within the page; page 1 is the most recent' }) items!: MessageModel[];
  @Field(() => Int) total!: number;
  @Field(() => Int) page!: number;
  @Field(() => Int) perPage!: number;
}

@ObjectType('MessageThreadDetail')
export class MessageThreadDetailModel {
  @Field(() => MessageThreadModel) thread!: MessageThreadModel;
  @Field(() => MessagePageModel) messages!: MessagePageModel;
}

@ObjectType('SendMessagePayload')
export class SendMessagePayload {
  @Field(() => MessageThreadModel) thread!: MessageThreadModel;
  @Field(() => MessageModel) message!: MessageModel;
}
