import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { NotificationCategoryEnum } from '../models/notification.models';

@ArgsType()
export class NotificationsArgs {
  @Field(() => Int, { defaultValue: 1 }) @IsInt() @Min(1, { message: 'field.invalid' }) @Max(1000, { message: 'field.invalid' }) page = 1;
  @Field(() => Int, { defaultValue: 20 }) @IsInt() @Min(1, { message: 'field.invalid' }) @Max(50, { message: 'field.invalid' }) perPage = 20;
  @Field(() => Boolean, { defaultValue: false }) @IsBoolean() unreadOnly: boolean = false;
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], { nullable: true, description: 'Notifications to mark read; ids that are not yours are ignored' })
  @IsOptional() @ArrayMaxSize(500, { message: 'field.tooMany|max=500' }) @IsUUID('all', { each: true, message: 'field.invalid' }) ids?: string[];
  @Field({ nullable: true, description: 'Marks every notification of the active organisation read' }) @IsOptional() @IsBoolean() all?: boolean;
}

@InputType()
export class NotificationPreferenceInput {
  @Field(() => NotificationCategoryEnum) @IsEnum(NotificationCategoryEnum, { message: 'field.invalid' }) category!: NotificationCategoryEnum;
  @Field() @IsBoolean() emailEnabled!: boolean;
}

@ArgsType()
export class UpdateNotificationPreferencesArgs {
  @Field(() => [NotificationPreferenceInput])
  @ArrayMaxSize(20, { message: 'field.tooMany|max=20' }) @ValidateNested({ each: true }) @Type(() => NotificationPreferenceInput) input!: NotificationPreferenceInput[];
}

@ArgsType()
export class UnsubscribeArgs {
  @Field({ description: 'The token of the link in a notification email' }) @IsString() @MaxLength(200, { message: 'field.tooLong|max=200' }) token!: string;
}
