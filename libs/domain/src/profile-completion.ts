// How complete a supplier's profile is, as a weighted grid (inspired by Le Marché de l'inclusion's
// SIAE_COMPLETION_SCORE_GRID, re-weighted for what buyers need from an ESS supplier: what it does
// and where, what it sells, and whether its status is verified). Pure: the caller passes counts.

/** Stable keys of the grid, in the order the UI lists what is missing (heaviest first). */
export const PROFILE_COMPLETION_KEYS = [
  'activities',
  'proofs',
  'description',
  'offers',
  'siteLocation',
  'logo',
  'headcounts',
  'capacity',
  'clientReferences',
  'certifications',
  'website',
  'yearFounded',
  'revenue',
  'networks',
] as const;
export type ProfileCompletionKey = (typeof PROFILE_COMPLETION_KEYS)[number];

/** Weights sum to 100. */
export const PROFILE_COMPLETION_WEIGHTS: Readonly<Record<ProfileCompletionKey, number>> = {
  activities: 15,
  proofs: 15,
  description: 13,
  offers: 12,
  siteLocation: 8,
  logo: 6,
  headcounts: 6,
  capacity: 6,
  clientReferences: 6,
  certifications: 4,
  website: 3,
  yearFounded: 2,
  revenue: 2,
  networks: 2,
};

/** A description shorter than this says too little to count. */
export const MIN_DESCRIPTION_LENGTH = 30;

export interface ProfileCompletionInput {
  readonly description?: string | null;
  readonly hasLogo: boolean;
  readonly activityCount: number;
  readonly offerCount: number;
  /** Site placed on the map (latitude and longitude known). */
  readonly hasSiteLocation: boolean;
  readonly headcountPermanent?: number | null;
  readonly headcountInsertion?: number | null;
  /** Available capacity given (quantity and unit). */
  readonly hasCapacity: boolean;
  readonly clientReferenceCount: number;
  readonly certificationCount: number;
  readonly website?: string | null;
  readonly yearFounded?: number | null;
  readonly revenueEur?: number | null;
  readonly networkCount: number;
  /** At least one declared kind is VERIFIED by staff. */
  readonly hasVerifiedKind: boolean;
}

export interface ProfileCompletion {
  /** 0–100. */
  readonly score: number;
  /** Keys of the grid not filled in, heaviest first. */
  readonly missing: readonly ProfileCompletionKey[];
}

const filled = (value: string | null | undefined): boolean => !!value && value.trim().length > 0;
const given = (value: number | null | undefined): boolean => value !== null && value !== undefined && Number.isFinite(value);

export function profileCompletion(input: ProfileCompletionInput): ProfileCompletion {
  const done: Readonly<Record<ProfileCompletionKey, boolean>> = {
    activities: input.activityCount >= 1,
    proofs: input.hasVerifiedKind,
    description: filled(input.description) && input.description!.trim().length >= MIN_DESCRIPTION_LENGTH,
    offers: input.offerCount >= 1,
    siteLocation: input.hasSiteLocation,
    logo: input.hasLogo,
    headcounts: given(input.headcountPermanent) || given(input.headcountInsertion),
    capacity: input.hasCapacity,
    clientReferences: input.clientReferenceCount >= 1,
    certifications: input.certificationCount >= 1,
    website: filled(input.website),
    yearFounded: given(input.yearFounded),
    revenue: given(input.revenueEur),
    networks: input.networkCount >= 1,
  };
  const score = PROFILE_COMPLETION_KEYS.reduce((sum, key) => sum + (done[key] ? PROFILE_COMPLETION_WEIGHTS[key] : 0), 0);
  return { score, missing: PROFILE_COMPLETION_KEYS.filter((key) => !done[key]) };
}
