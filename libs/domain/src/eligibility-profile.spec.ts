import { eligibilityProfileFromRecords } from './eligibility-profile';

describe('eligibilityProfileFromRecords', () => {
  const verified = { kind: 'EI' as const, proofType: 'IAE_CONVENTION' as const, status: 'VERIFIED' as const, validFrom: '2026-01-01', validUntil: '2027-12-31' };

  it('ignores rejected proofs, and pending ones once the kind is verified', () => {
    const profile = eligibilityProfileFromRecords(
      [{ kind: 'EI', status: 'VERIFIED' }],
      [verified, { ...verified, status: 'REJECTED', validUntil: '2030-01-01' }, { ...verified, status: 'PENDING', validUntil: '2031-01-01' }],
    );
    expect(profile.kinds[0]!.proofs.map((p) => p.validUntil?.toISOString().slice(0, 10))).toEqual(['2027-12-31']);
  });

  it('keeps pending proofs of an unverified kind, and only the shares that are known', () => {
    const profile = eligibilityProfileFromRecords([{ kind: 'EI', status: 'PENDING' }], [{ ...verified, status: 'PENDING' }], { disabledWorkersShare: null, disadvantagedWorkersShare: 0.6 });
    expect(profile.kinds[0]!.proofs).toHaveLength(1);
    expect(profile).not.toHaveProperty('disabledWorkersShare');
    expect(profile.disadvantagedWorkersShare).toBe(0.6);
  });
});
