import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { LocaleEnum } from '../models/user.model';

/** NIST 800-63B: length over composition rules; long passphrases allowed. */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

@InputType()
export class RegisterInput {
  @Field() @IsEmail({}, { message: 'field.email' }) @MaxLength(254, { message: 'field.tooLong|max=254' }) email!: string;
  @Field()
  @IsString()
  @MinLength(PASSWORD_MIN, { message: `field.passwordTooShort|min=${PASSWORD_MIN}` })
  @MaxLength(PASSWORD_MAX, { message: `field.passwordTooLong|max=${PASSWORD_MAX}` })
  password!: string;
  @Field() @IsString() @IsNotEmpty({ message: 'field.required' }) @MaxLength(120, { message: 'field.tooLong|max=120' }) displayName!: string;
  @Field(() => LocaleEnum, { nullable: true }) @IsOptional() @IsEnum(LocaleEnum, { message: 'field.invalid' }) locale?: LocaleEnum;
}

@InputType()
export class LoginInput {
  @Field() @IsString() @IsNotEmpty({ message: 'field.required' }) @MaxLength(254, { message: 'field.tooLong|max=254' }) email!: string;
  @Field() @IsString() @IsNotEmpty({ message: 'field.required' }) @MaxLength(PASSWORD_MAX, { message: `field.passwordTooLong|max=${PASSWORD_MAX}` }) password!: string;
}

@InputType()
export class TokenInput {
  @Field() @IsString() @IsNotEmpty({ message: 'field.required' }) @MaxLength(200, { message: 'field.tooLong|max=200' }) token!: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field() @IsEmail({}, { message: 'field.email' }) @MaxLength(254, { message: 'field.tooLong|max=254' }) email!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field() @IsString() @IsNotEmpty({ message: 'field.required' }) @MaxLength(200, { message: 'field.tooLong|max=200' }) token!: string;
  @Field()
  @IsString()
  @MinLength(PASSWORD_MIN, { message: `field.passwordTooShort|min=${PASSWORD_MIN}` })
  @MaxLength(PASSWORD_MAX, { message: `field.passwordTooLong|max=${PASSWORD_MAX}` })
  password!: string;
}
