import { SupplierSource, toSupplierDocument } from './supplier.projection';

const base: SupplierSource = {
  id: '11111111-1111-4111-8111-111111111111', name: 'Envie Nord', brand: null, siret: '80746931700018', nafCode: '38.32Z',
  description: 'Reconditionnement DEEE', city: 'Lille', postcode: '59000', departementCode: '59', regionCode: '32',
  latitude: 50.63, longitude: 3.06, networks: ['Envie'], certifications: [], headcountPermanent: 10, headcountInsertion: 40,
  disabledWorkersShare: null, disadvantagedWorkersShare: null, capacityQuantity: null, capacityUnit: null, capacityPeriod: null,
  claimed: true, hasLogo: false, website: null, yearFounded: null, revenueEur: null, clientReferenceCount: 0,
  updatedAt: new Date('2026-11-01T00:00:00Z'),
  kinds: [], proofs: [], activities: [], offers: [],
};
const today = '2026-11-27';

describe('toSupplierDocument', () => {
  it('a verified EI with a proof covering today is eligible to RES_INSERTION, not to RES_HANDICAP', () => {
    const doc = toSupplierDocument({
      ...base,
      kinds: [{ kind: 'EI', status: 'VERIFIED' }],
      proofs: [{ kind: 'EI', proofType: 'IAE_CONVENTION', validFrom: '2026-01-01', validUntil: '2027-12-31', status: 'VERIFIED' }],
    }, today);
    expect(doc.eligibleFor).toContain('RES_INSERTION');
    expect(doc.eligibleFor).not.toContain('RES_HANDICAP');
    expect(doc.verified).toBe(true);
    expect(doc._geo).toEqual({ lat: 50.63, lng: 3.06 });
    expect(doc.headcountTotal).toBe(50);
  });

  it('a lapsed proof is not eligible; a declared kind is only to confirm', () => {
    const lapsed = toSupplierDocument({
      ...base,
      kinds: [{ kind: 'EI', status: 'EXPIRED' }],
      proofs: [{ kind: 'EI', proofType: 'IAE_CONVENTION', validFrom: '2024-01-01', validUntil: '2025-12-31', status: 'EXPIRED' }],
    }, today);
    expect(lapsed.eligibleFor).not.toContain('RES_INSERTION');
    const declared = toSupplierDocument({ ...base, kinds: [{ kind: 'EI', status: 'DECLARED' }] }, today);
    expect(declared.eligibleFor).toEqual([]);
    expect(declared.toConfirmFor).toContain('RES_INSERTION');
  });

  it('the content hash changes with the content and only with it', () => {
    const a = toSupplierDocument(base, today);
    expect(toSupplierDocument({ ...base }, today).contentHash).toBe(a.contentHash);
    expect(toSupplierDocument({ ...base, description: 'Autre chose' }, today).contentHash).not.toBe(a.contentHash);
  });

  it('holds no personal data', () => {
    const keys = Object.keys(toSupplierDocument(base, today));
    expect(keys.filter((k) => /mail|phone|contact|member|user/i.test(k))).toEqual([]);
  });
});
