import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DIGEST_FREQUENCIES, DigestFrequency } from '@essor/domain';
import type { SavedSearchTarget } from '../entities/saved-search.entity';
import { JsonScalar } from './json.scalar';

export const SavedSearchTargetEnum = { NEEDS: 'NEEDS', SUPPLIERS: 'SUPPLIERS' } as const satisfies Record<SavedSearchTarget, SavedSearchTarget>;
export const DigestFrequencyEnum = Object.fromEntries(DIGEST_FREQUENCIES.map((f) => [f, f])) as Record<DigestFrequency, DigestFrequency>;
registerEnumType(SavedSearchTargetEnum, { name: 'SavedSearchTarget', description: 'NEEDS: searchNeeds; SUPPLIERS: searchSuppliers' });
registerEnumType(DigestFrequencyEnum, { name: 'DigestFrequency' });

@ObjectType('SavedSearch', { description: "One of the caller's search alerts: a digest of what is new, daily or weekly" })
export class SavedSearchModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => SavedSearchTargetEnum) target!: SavedSearchTarget;
  @Field() query!: string;
  @Field(() => JsonScalar, { description: 'The filters input of searchNeeds (NeedSearchFilters) or searchSuppliers (SupplierSearchFilters)' })
  filters!: Record<string, unknown>;
  @Field(() => DigestFrequencyEnum) frequency!: DigestFrequency;
  @Field({ description: 'What was new up to this instant has been reported' }) lastRunAt!: Date;
  @Field() createdAt!: Date;
}
