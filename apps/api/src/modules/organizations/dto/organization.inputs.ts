import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { BuyerRegime, MembershipRole, OrganizationType } from '@essor/domain';

@InputType()
export class CreateOrganizationInput {
  @Field() @IsString() @IsNotEmpty({ message: 'field.required' }) @MaxLength(200, { message: 'field.tooLong|max=200' }) name!: string;
  @Field(() => OrganizationType) @IsEnum(OrganizationType, { message: 'field.invalid' }) type!: OrganizationType;
  @Field(() => BuyerRegime, { nullable: true }) @IsOptional() @IsEnum(BuyerRegime, { message: 'field.invalid' }) regime?: BuyerRegime | null;
  /** Checked by the service with the domain's SIRET rules (Luhn, La Poste), to name the reason. */
  @Field() @IsString() @MaxLength(30, { message: 'field.siretFormat' }) siret!: string;
}

@InputType()
export class SwitchOrganizationInput {
  @Field(() => ID) @IsUUID('all', { message: 'field.invalid' }) organizationId!: string;
}

@InputType()
export class InviteMemberInput {
  @Field(() => ID) @IsUUID('all', { message: 'field.invalid' }) organizationId!: string;
  @Field() @IsEmail({}, { message: 'field.email' }) @MaxLength(254, { message: 'field.tooLong|max=254' }) email!: string;
  @Field(() => MembershipRole) @IsEnum(MembershipRole, { message: 'field.invalid' }) role!: MembershipRole;
}

@InputType()
export class CreateApiTokenInput {
  @Field(() => ID) @IsUUID('all', { message: 'field.invalid' }) organizationId!: string;
  @Field() @IsString() @IsNotEmpty({ message: 'field.required' }) @MaxLength(120, { message: 'field.tooLong|max=120' }) name!: string;
  @Field(() => MembershipRole, { nullable: true }) @IsOptional() @IsEnum(MembershipRole, { message: 'field.invalid' }) role?: MembershipRole;
}

@InputType()
export class RevokeApiTokenInput {
  @Field(() => ID) @IsUUID('all', { message: 'field.invalid' }) organizationId!: string;
  @Field(() => ID) @IsUUID('all', { message: 'field.invalid' }) id!: string;
}
