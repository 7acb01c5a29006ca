import { PROFILE_COMPLETION_KEYS, PROFILE_COMPLETION_WEIGHTS, profileCompletion } from './profile-completion';
import type { ProfileCompletionInput } from './profile-completion';

const EMPTY: ProfileCompletionInput = {
  description: null, hasLogo: false, activityCount: 0, offerCount: 0, hasSiteLocation: false,
  headcountPermanent: null, headcountInsertion: null, hasCapacity: false, clientReferenceCount: 0,
  certificationCount: 0, website: null, yearFounded: null, revenueEur: null, networkCount: 0, hasVerifiedKind: false,
};
const FULL: ProfileCompletionInput = {
  description: 'Atelier de métallerie en insertion, 40 salariés, fabrication de clôtures.',
  hasLogo: true, activityCount: 2, offerCount: 3, hasSiteLocation: true, headcountPermanent: 12, headcountInsertion: 30,
  hasCapacity: true, clientReferenceCount: 1, certificationCount: 2, website: 'https://example.fr', yearFounded: 1998,
  revenueEur: 1_200_000, networkCount: 1, hasVerifiedKind: true,
};

describe('profileCompletion', () => {
  it('weights sum to 100 and every key has a weight', () => {
    expect(PROFILE_COMPLETION_KEYS.reduce((s, k) => s + PROFILE_COMPLETION_WEIGHTS[k], 0)).toBe(100);
  });

  it('an empty profile scores 0 and misses every key, heaviest first', () => {
    expect(profileCompletion(EMPTY)).toEqual({ score: 0, missing: [...PROFILE_COMPLETION_KEYS] });
  });

  it('a full profile scores 100 and misses nothing', () => {
    expect(profileCompletion(FULL)).toEqual({ score: 100, missing: [] });
  });

  it.each(PROFILE_COMPLETION_KEYS)('dropping only %s loses exactly its weight and names it', (key) => {
    const without: Record<string, unknown> = { ...FULL };
    const blank: Record<string, unknown> = {
      activities: { activityCount: 0 }, proofs: { hasVerifiedKind: false }, description: { description: '  ' },
      offers: { offerCount: 0 }, siteLocation: { hasSiteLocation: false }, logo: { hasLogo: false },
      headcounts: { headcountPermanent: null, headcountInsertion: undefined }, capacity: { hasCapacity: false },
      clientReferences: { clientReferenceCount: 0 }, certifications: { certificationCount: 0 }, website: { website: '' },
      yearFounded: { yearFounded: null }, revenue: { revenueEur: null }, networks: { networkCount: 0 },
    }[key] as Record<string, unknown>;
    const result = profileCompletion({ ...without, ...blank } as unknown as ProfileCompletionInput);
    expect(result).toEqual({ score: 100 - PROFILE_COMPLETION_WEIGHTS[key], missing: [key] });
  });

  it('a too short description does not count; zero headcount and zero revenue are answers', () => {
    const result = profileCompletion({ ...EMPTY, description: 'Atelier.', headcountInsertion: 0, revenueEur: 0 });
    expect(result.missing).toContain('description');
    expect(result.missing).not.toContain('headcounts');
    expect(result.score).toBe(PROFILE_COMPLETION_WEIGHTS.headcounts + PROFILE_COMPLETION_WEIGHTS.revenue);
  });
});
