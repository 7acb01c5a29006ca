import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum LocaleEnum {
  FR = 'FR',
  EN = 'EN',
}
registerEnumType(LocaleEnum, { name: 'Locale', description: 'Language of emails and messages' });

@ObjectType('User')
export class UserModel {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field(() => LocaleEnum) locale!: LocaleEnum;
  @Field() emailVerified!: boolean;
  @Field() isStaff!: boolean;
}

@ObjectType('OkPayload')
export class OkPayload {
  @Field() ok!: boolean;
  static readonly OK: OkPayload = Object.assign(new OkPayload(), { ok: true });
}
