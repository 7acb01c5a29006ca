import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';

/** A bounded look-up: text (or code) and at most 50 answers. */
@ArgsType()
export class LookupArgs {
  @Field() @IsString() @MaxLength(100, { message: 'field.tooLong|max=100' }) q!: string;
  @Field(() => Int, { defaultValue: 20 }) @IsInt() @Min(1, { message: 'field.invalid' }) @Max(50, { message: 'field.invalid' }) first = 20;
}
