import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

@ArgsType()
export class MatchPageArgs {
  @Field(() => Int, { defaultValue: 1 }) @IsInt() @Min(1, { message: 'field.min|min=1' }) @Max(1000, { message: 'field.max|max=1000' }) page!: number;
  @Field(() => Int, { defaultValue: 20 }) @IsInt() @Min(1, { message: 'field.min|min=1' }) @Max(100, { message: 'field.max|max=100' }) perPage!: number;
}

@ArgsType()
export class NeedIdArgs {
  /** Not validated as a UUID: an unknown id answers NOT_FOUND, like another buyer's need. */
  @Field(() => ID) @IsString() needId!: string;
}

@ArgsType()
export class NeedMatchesArgs extends MatchPageArgs {
  @Field(() => ID) @IsString() needId!: string;
}

@InputType()
export class ExpressInterestInput {
  @Field(() => ID) @IsString() needId!: string;
}

@InputType()
export class DeclineNeedInput {
  @Field(() => ID) @IsString() needId!: string;
  @Field(() => String, { nullable: true, description: 'Why (shown to the buyer)' })
  @IsOptional() @IsString() @MaxLength(500, { message: 'field.tooLong|max=500' }) reason?: string | null;
}
