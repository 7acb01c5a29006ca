import type { TFunction } from 'i18next';
import { formatSiret, organizationKind } from './labels';

const t = ((key: string) => key) as unknown as TFunction;

describe('organization labels', () => {
  it('formats a SIRET as SIREN groups + NIC', () => {
    expect(formatSiret('80746931700018')).toBe('807 469 317 00018');
    expect(formatSiret('123')).toBe('123');
    expect(formatSiret(null)).toBe('');
  });
  it('describes the organisation kind', () => {
    expect(organizationKind(t, { type: 'BUYER', regime: 'CCP' })).toBe('organization.kind.BUYER_CCP');
    expect(organizationKind(t, { type: 'BUYER', regime: null })).toBe('organization.type.BUYER');
    expect(organizationKind(t, { type: 'SUPPLIER', regime: null })).toBe('organization.type.SUPPLIER');
  });
});
