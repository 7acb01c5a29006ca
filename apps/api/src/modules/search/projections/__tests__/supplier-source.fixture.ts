import type { SupplierSource } from '../supplier.projection';

/** A supplier as loaded from Postgres (Envie Nord, Lille), for the projection specs. */
export const SUPPLIER_SOURCE: SupplierSource = {
  id: '11111111-1111-4111-8111-111111111111', name: 'Envie Nord', brand: null, siret: '80746931700018', nafCode: '38.32Z',
  description: 'Reconditionnement DEEE', city: 'Lille', postcode: '59000', departementCode: '59', regionCode: '32',
  latitude: 50.63, longitude: 3.06, networks: ['Envie'], certifications: [], headcountPermanent: 10, headcountInsertion: 40,
  disabledWorkersShare: null, disadvantagedWorkersShare: null, capacityQuantity: null, capacityUnit: null, capacityPeriod: null,
  claimed: true, hasLogo: false, website: null, yearFounded: null, revenueEur: null, clientReferenceCount: 0,
  createdAt: new Date('2026-10-01T00:00:00Z'), updatedAt: new Date('2026-11-01T00:00:00Z'),
  kinds: [], proofs: [], activities: [], offers: [],
};

/** The day eligibility is judged on in the specs. */
export const TODAY = '2026-11-27';
