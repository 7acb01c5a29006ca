import { cpvSignificantPrefix, toOfferDocuments } from './offer.projection';
import { OfferSource, SupplierSource, toSupplierDocument } from './supplier.projection';
import { SUPPLIER_SOURCE, TODAY } from './__tests__/supplier-source.fixture';

const offer: OfferSource = {
  id: '22222222-2222-4222-8222-222222222222', name: 'Collecte de DEEE en entreprise', description: 'Enlèvement sur site',
  cpvCodes: ['90511000-2', '50000000-5'], unit: 'tonne', priceMinEur: 80, priceMaxEur: 120, leadTimeDays: 10, minimumOrder: null,
  capacityQuantity: 30, capacityPeriod: 'MONTH', position: 0, updatedAt: new Date('2026-11-02T00:00:00Z'),
};
const source: SupplierSource = {
  ...SUPPLIER_SOURCE,
  kinds: [{ kind: 'EI', status: 'VERIFIED' }],
  proofs: [{ kind: 'EI', proofType: 'IAE_CONVENTION', validFrom: '2026-01-01', validUntil: '2027-12-31', status: 'VERIFIED' }],
  offers: [offer, { ...offer, id: '33333333-3333-4333-8333-333333333333', name: 'Sans CPV', cpvCodes: [], capacityQuantity: null }],
};
const documents = (s: SupplierSource) => toOfferDocuments(s, toSupplierDocument(s, TODAY));

describe('toOfferDocuments', () => {
  it('one document per offer, with its supplier’s public facts and eligibility', () => {
    const [first, second] = documents(source);
    expect(first).toMatchObject({
      id: offer.id, supplierId: source.id, supplierName: 'Envie Nord', city: 'Lille', departementCode: '59', regionCode: '32',
      _geo: { lat: 50.63, lng: 3.06 }, eligibleFor: expect.arrayContaining(['RES_INSERTION']), verified: true, hasCapacity: true,
    });
    expect(second).toMatchObject({ name: 'Sans CPV', cpvPrefixes: [], hasCapacity: false });
    expect(documents({ ...source, offers: [] })).toEqual([]);
  });

  it('indexes every CPV level so a filter on a division, group, class or category matches the code', () => {
    const [doc] = documents(source);
    expect(doc!.cpvLabels).toHaveLength(2);
    expect(doc!.cpvDivisions).toEqual(['50', '90']);
    expect(doc!.cpvGroups).toEqual(['905']);
    expect(doc!.cpvClasses).toEqual(['9051']);
    for (const ancestor of ['90000000-7', '90500000-2', '90510000-5', '90511000-2']) expect(doc!.cpvPrefixes).toContain(cpvSignificantPrefix(ancestor));
    // A sibling class is not an ancestor.
    expect(doc!.cpvPrefixes).not.toContain(cpvSignificantPrefix('90520000-8'));
  });

  it('the content hash follows the offer and its supplier, and nothing else', () => {
    const [doc] = documents(source);
    expect(documents({ ...source })[0]!.contentHash).toBe(doc!.contentHash);
    expect(documents({ ...source, offers: [{ ...offer, priceMinEur: 90 }] })[0]!.contentHash).not.toBe(doc!.contentHash);
    expect(documents({ ...source, name: 'Envie Lille' })[0]!.contentHash).not.toBe(doc!.contentHash);
  });

  it('holds no personal data', () => {
    const keys = Object.keys(documents(source)[0]!);
    expect(keys.filter((k) => /mail|phone|contact|member|user|siret/i.test(k))).toEqual([]);
  });
});
