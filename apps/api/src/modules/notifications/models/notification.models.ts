import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum NotificationCategoryEnum {
  NEED_MATCHED = 'NEED_MATCHED',
  NEED_UPDATED = 'NEED_UPDATED',
  NEED_REMINDER = 'NEED_REMINDER',
  NEED_STATUS = 'NEED_STATUS',
  NEED_INTEREST = 'NEED_INTEREST',
  SAVED_SEARCH = 'SAVED_SEARCH',
  RESPONSE = 'RESPONSE',
  CONSORTIUM = 'CONSORTIUM',
  MESSAGE = 'MESSAGE',
}
registerEnumType(NotificationCategoryEnum, { name: 'NotificationCategory', description: 'What a notification is about (email preferences are per category)' });

@ObjectType('Notification', { description: "An in-app notification of the caller, rendered in the caller's language" })
export class NotificationModel {
  @Field(() => ID) id!: string;
  @Field(() => NotificationCategoryEnum) category!: NotificationCategoryEnum;
  @Field() title!: string;
  @Field() body!: string;
  @Field(() => [String], { description: 'Extra lines: matched lots and why, alert results…' }) details!: string[];
  @Field(() => ID, { nullable: true, description: 'The need it is about, if any' }) needId!: string | null;
  @Field(() => String, { nullable: true, description: 'Path in the web app to open (e.g. /besoins/<id>)' }) linkPath!: string | null;
  @Field() read!: boolean;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
  @Field() createdAt!: Date;
}

@ObjectType('NotificationPage')
export class NotificationPageModel {
  @Field(() => [NotificationModel]) items!: NotificationModel[];
  @Field(() => Int) total!: number;
  @Field(() => Int) page!: number;
  @Field(() => Int) perPage!: number;
  @Field(() => Int) totalPages!: number;
  @Field(() => Int, { description: 'Unread notifications of the active organisation (whatever the filter)' }) unreadCount!: number;
}

@ObjectType('NotificationCount')
export class NotificationCountModel {
  @Field(() => Int) unread!: number;
}

@ObjectType('NotificationPreference')
export class NotificationPreferenceModel {
  @Field(() => NotificationCategoryEnum) category!: NotificationCategoryEnum;
  @Field() emailEnabled!: boolean;
}

@ObjectType('UnsubscribeResult')
export class UnsubscribeResultModel {
  @Field(() => NotificationCategoryEnum, { description: 'The category whose emails are now off' }) category!: NotificationCategoryEnum;
}
