import { newWords, toSupplierDocument } from './supplier.projection';
import { SUPPLIER_SOURCE, TODAY } from './__tests__/supplier-source.fixture';

const base = SUPPLIER_SOURCE;
const today = TODAY;

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

  it('offer words: each word of the offer names once, without those the name, sectors or description already hold', () => {
    const offer = (name: string) => ({
      id: name, name, description: null, cpvCodes: [], unit: null, priceMinEur: null, priceMaxEur: null, leadTimeDays: null,
      minimumOrder: null, capacityQuantity: null, capacityPeriod: null, position: 0, updatedAt: new Date(0),
    });
    const doc = toSupplierDocument({
      ...base,
      description: 'Reconditionnement DEEE',
      offers: [offer('Réemploi de téléphones'), offer('Reconditionnement de téléphones et ordinateurs'), offer('Collecte DEEE')],
    }, today);
    expect(doc.offerWords).toBe('Réemploi de téléphones et ordinateurs Collecte');
  });

  it('newWords compares words without accents or case, and keeps their first spelling', () => {
    expect(newWords(['Élagage, ÉLAGAGE et elagage', 'Tonte'], ['tonte des pelouses'])).toBe('Élagage et');
    expect(newWords([], ['x'])).toBe('');
  });
});
