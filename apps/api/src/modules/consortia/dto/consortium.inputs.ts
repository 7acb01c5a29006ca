import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEmail, IsEnum, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ConsortiumForm, ConsortiumMemberRole, ReservationType } from '@essor/domain';
import type { ConsortiumScope } from '../entities/consortium.entity';
import { ConsortiumScopeEnum } from '../models/consortium.models';

// Ids are not validated as UUIDs: an unknown id answers NOT_FOUND, like someone else's object.

@InputType()
export class CreateConsortiumInput {
  @Field(() => ConsortiumScopeEnum) @IsEnum(ConsortiumScopeEnum, { message: 'field.invalid' }) scope!: ConsortiumScope;
  @Field(() => ID, { nullable: true, description: 'LOT scope: the need' }) @IsOptional() @IsString() needId?: string | null;
  @Field(() => ID, { nullable: true, description: 'LOT scope: the lot' }) @IsOptional() @IsString() lotId?: string | null;
  @Field() @IsString() @IsNotEmpty({ message: 'field.required' }) @MaxLength(200, { message: 'field.tooLong|max=200' }) name!: string;
  @Field(() => ConsortiumForm) @IsEnum(ConsortiumForm, { message: 'field.invalid' }) form!: ConsortiumForm;
}

@InputType()
export class InviteToConsortiumInput {
  @Field(() => ID) @IsString() consortiumId!: string;
  @Field(() => ID, { nullable: true, description: 'A supplier on the platform (or email)' }) @IsOptional() @IsString() organizationId?: string | null;
  @Field(() => String, { nullable: true, description: 'Someone not yet on the platform (or organizationId)' })
  @IsOptional() @IsEmail({}, { message: 'field.email' }) @MaxLength(254, { message: 'field.tooLong|max=254' }) email?: string | null;
  @Field(() => ConsortiumMemberRole) @IsEnum(ConsortiumMemberRole, { message: 'field.invalid' }) role!: ConsortiumMemberRole;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({}, { message: 'field.invalid' }) @Min(0, { message: 'field.min|min=0' }) @Max(100, { message: 'field.max|max=100' }) sharePercent?: number | null;
}

@InputType()
export class AnswerConsortiumInvitationInput {
  @Field(() => ID) @IsString() memberId!: string;
  @Field() @IsBoolean() accept!: boolean;
}

@InputType()
export class AcceptConsortiumEmailInvitationInput {
  @Field() @IsString() @IsNotEmpty({ message: 'field.required' }) @MaxLength(200, { message: 'field.tooLong|max=200' }) token!: string;
}

@InputType()
export class UpdateConsortiumMemberInput {
  @Field(() => ID) @IsString() memberId!: string;
  @Field(() => ConsortiumMemberRole, { nullable: true }) @IsOptional() @IsEnum(ConsortiumMemberRole, { message: 'field.invalid' }) role?: ConsortiumMemberRole | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({}, { message: 'field.invalid' }) @Min(0, { message: 'field.min|min=0' }) @Max(100, { message: 'field.max|max=100' }) sharePercent?: number | null;
}

@InputType()
export class ConsortiumIdInput {
  @Field(() => ID) @IsString() consortiumId!: string;
}

@InputType()
export class SubmitConsortiumResponseInput {
  @Field(() => ID) @IsString() consortiumId!: string;
  @Field(() => Float) @IsNumber({}, { message: 'field.invalid' }) @Min(0, { message: 'field.min|min=0' }) @Max(1e12, { message: 'field.max|max=1000000000000' }) priceEur!: number;
  @Field(() => Int) @IsInt({ message: 'field.invalid' }) @Min(0, { message: 'field.min|min=0' }) @Max(3650, { message: 'field.max|max=3650' }) leadTimeDays!: number;
  @Field() @IsString() @MaxLength(10000, { message: 'field.tooLong|max=10000' }) message!: string;
  @Field(() => [String], { description: "Answers to the need's questions, in order" })
  @IsString({ each: true }) @MaxLength(5000, { each: true, message: 'field.tooLong|max=5000' }) @ArrayMaxSize(50, { message: 'field.tooMany|max=50' }) answers!: string[];
}

@ArgsType()
export class ConsortiumPageArgs {
  @Field(() => Int, { defaultValue: 1 }) @IsInt() @Min(1, { message: 'field.min|min=1' }) @Max(1000, { message: 'field.max|max=1000' }) page!: number;
  @Field(() => Int, { defaultValue: 20 }) @IsInt() @Min(1, { message: 'field.min|min=1' }) @Max(100, { message: 'field.max|max=100' }) perPage!: number;
}

@ArgsType()
export class PartnerCallsArgs extends ConsortiumPageArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() needId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() lotId?: string | null;
}

@ArgsType()
export class PartnerSuggestionsArgs {
  @Field(() => ID) @IsString() lotId!: string;
  @Field(() => Int, { defaultValue: 10 }) @IsInt() @Min(1, { message: 'field.min|min=1' }) @Max(50, { message: 'field.max|max=50' }) limit!: number;
}

@InputType()
export class CreatePartnerCallInput {
  @Field(() => ID) @IsString() needId!: string;
  @Field(() => ID) @IsString() lotId!: string;
  @Field() @IsString() @IsNotEmpty({ message: 'field.required' }) @MaxLength(200, { message: 'field.tooLong|max=200' }) title!: string;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(5000, { message: 'field.tooLong|max=5000' }) description!: string;
  @Field(() => [String], { defaultValue: [] }) @IsString({ each: true }) @ArrayMaxSize(30, { message: 'field.tooMany|max=30' }) sectorSlugs!: string[];
  @Field(() => [String], { defaultValue: [] }) @IsString({ each: true }) @ArrayMaxSize(30, { message: 'field.tooMany|max=30' }) kinds!: string[];
  @Field(() => [String], { defaultValue: [] }) @IsString({ each: true }) @ArrayMaxSize(120, { message: 'field.tooMany|max=120' }) departementCodes!: string[];
  @Field(() => [String], { defaultValue: [] }) @IsString({ each: true }) @ArrayMaxSize(30, { message: 'field.tooMany|max=30' }) regionCodes!: string[];
  @Field(() => ReservationType, { defaultValue: 'NONE', description: 'Partners must be eligible to it (usually the lot\'s reservation)' })
  @IsEnum(ReservationType, { message: 'field.invalid' }) reservationNeeded!: ReservationType;
  @Field(() => ConsortiumMemberRole, { defaultValue: 'CO_CONTRACTOR' }) @IsEnum(ConsortiumMemberRole, { message: 'field.invalid' }) roleOffered!: ConsortiumMemberRole;
}

@InputType()
export class ApplyToPartnerCallInput {
  @Field(() => ID) @IsString() callId!: string;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(5000, { message: 'field.tooLong|max=5000' }) message!: string;
}

@InputType()
export class DecidePartnerApplicationInput {
  @Field(() => ID) @IsString() applicationId!: string;
  @Field() @IsBoolean() accept!: boolean;
}

@InputType()
export class PartnerCallIdInput {
  @Field(() => ID) @IsString() callId!: string;
}
