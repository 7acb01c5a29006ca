import { Field, ID, InputType, PartialType, PickType } from '@nestjs/graphql';
import { Allow, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { DIGEST_FREQUENCIES, DigestFrequency } from '@essor/domain';
import type { SavedSearchTarget } from '../entities/saved-search.entity';
import { JsonScalar } from '../models/json.scalar';
import { DigestFrequencyEnum, SavedSearchTargetEnum } from '../models/saved-search.model';

@InputType()
export class CreateSavedSearchInput {
  @Field() @IsString() @IsNotEmpty({ message: 'field.required' }) @MaxLength(120, { message: 'field.tooLong|max=120' }) name!: string;
  @Field(() => SavedSearchTargetEnum) @IsIn(Object.values(SavedSearchTargetEnum), { message: 'field.invalid' }) target!: SavedSearchTarget;
  @Field(() => String, { nullable: true, description: 'Words searched (none: every new item matching the filters)' })
  @IsOptional() @IsString() @MaxLength(200, { message: 'field.tooLong|max=200' }) query?: string | null;
  // Checked by the service against the target's filter input class (see validatedInput).
  @Field(() => JsonScalar, { nullable: true, description: 'The filters input of the target search (NeedSearchFilters or SupplierSearchFilters), checked like it; none: {}' })
  @Allow() filters?: unknown;
  @Field(() => DigestFrequencyEnum) @IsIn(DIGEST_FREQUENCIES, { message: 'field.invalid' }) frequency!: DigestFrequency;
}

/** Anything but the target (the filters belong to it); omitted fields are kept. */
@InputType()
export class UpdateSavedSearchInput extends PartialType(PickType(CreateSavedSearchInput, ['name', 'query', 'filters', 'frequency'] as const, InputType), InputType) {
  @Field(() => ID) @IsUUID('all', { message: 'field.invalid' }) id!: string;
}

@InputType()
export class DeleteSavedSearchInput {
  @Field(() => ID) @IsUUID('all', { message: 'field.invalid' }) id!: string;
}
