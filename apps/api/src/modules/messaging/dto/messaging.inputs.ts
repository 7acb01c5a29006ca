import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

@InputType()
export class SendMessageInput {
  @Field(() => ID) @IsString() needId!: string;
  @Field(() => ID, { nullable: true, description: 'An existing thread; else one is found or started' }) @IsOptional() @IsString() threadId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Buyer side: the supplier to write to' }) @IsOptional() @IsString() supplierOrganizationId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Buyer side: the consortium to write to; supplier side: write as a member of this consortium' })
  @IsOptional() @IsString() consortiumId?: string | null;
  @Field() @IsString() @IsNotEmpty({ message: 'field.required' }) @MaxLength(10_000, { message: 'field.tooLong|max=10000' }) body!: string;
  @Field(() => [ID], { defaultValue: [], description: "Files uploaded (RESPONSE_ATTACHMENT or NEED_ATTACHMENT) by the writer's organisation" })
  @IsArray() @ArrayMaxSize(10, { message: 'field.tooMany|max=10' }) @IsUUID('all', { each: true, message: 'field.invalid' }) attachmentFileIds!: string[];
}

@InputType()
export class ThreadIdInput {
  @Field(() => ID) @IsString() threadId!: string;
}

@ArgsType()
export class MessageThreadsArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() needId?: string | null;
}

@ArgsType()
export class MessageThreadArgs {
  @Field(() => ID) @IsString() id!: string;
  @Field(() => Int, { defaultValue: 1 }) @IsInt() @Min(1, { message: 'field.min|min=1' }) @Max(10_000, { message: 'field.max|max=10000' }) page!: number;
  @Field(() => Int, { defaultValue: 50 }) @IsInt() @Min(1, { message: 'field.min|min=1' }) @Max(200, { message: 'field.max|max=200' }) perPage!: number;
}
