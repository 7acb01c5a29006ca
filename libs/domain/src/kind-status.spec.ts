import { isoDateAddDays, isIsoDate, isProofValidAt, kindVerificationStatus, parisToday } from './kind-status';
import type { KindProof } from './kind-status';

const AT = '2026-06-15';
const proof = (over: Partial<KindProof>): KindProof => ({ status: 'PENDING', validFrom: null, validUntil: null, submittedAt: '2026-01-01T10:00:00Z', ...over });

describe('kind verification status (derived from the proofs of one kind)', () => {
  it('is DECLARED without any proof', () => {
    expect(kindVerificationStatus([], AT)).toEqual({ status: 'DECLARED', verifiedUntil: null });
  });

  it('is PENDING while a proof waits for review', () => {
    expect(kindVerificationStatus([proof({ status: 'PENDING' })], AT).status).toBe('PENDING');
  });

  it('is VERIFIED with a verified proof valid on the date, until its end date', () => {
    expect(kindVerificationStatus([proof({ status: 'VERIFIED', validUntil: '2027-01-31' })], AT)).toEqual({ status: 'VERIFIED', verifiedUntil: '2027-01-31' });
  });

  it('counts the end date as a valid day, and the day after as expired', () => {
    const p = proof({ status: 'VERIFIED', validUntil: AT });
    expect(kindVerificationStatus([p], AT).status).toBe('VERIFIED');
    expect(kindVerificationStatus([p], isoDateAddDays(AT, 1)).status).toBe('EXPIRED');
  });

  it('keeps VERIFIED when another proof is rejected or pending, with the latest end date', () => {
    const proofs = [
      proof({ status: 'VERIFIED', validUntil: '2026-12-31', submittedAt: '2026-01-01T00:00:00Z' }),
      proof({ status: 'VERIFIED', validUntil: '2027-12-31', submittedAt: '2026-02-01T00:00:00Z' }),
      proof({ status: 'REJECTED', submittedAt: '2026-03-01T00:00:00Z' }),
      proof({ status: 'PENDING', submittedAt: '2026-04-01T00:00:00Z' }),
    ];
    expect(kindVerificationStatus(proofs, AT)).toEqual({ status: 'VERIFIED', verifiedUntil: '2027-12-31' });
  });

  it('has no end date when a verified proof is open-ended', () => {
    const proofs = [proof({ status: 'VERIFIED', validUntil: '2027-12-31' }), proof({ status: 'VERIFIED', validUntil: null })];
    expect(kindVerificationStatus(proofs, AT)).toEqual({ status: 'VERIFIED', verifiedUntil: null });
  });

  it('is REJECTED when the only proof was rejected', () => {
    expect(kindVerificationStatus([proof({ status: 'REJECTED' })], AT).status).toBe('REJECTED');
  });

  it('is EXPIRED when the verified proof ended, marked by the job or not', () => {
    expect(kindVerificationStatus([proof({ status: 'EXPIRED', validUntil: '2026-01-31' })], AT).status).toBe('EXPIRED');
    expect(kindVerificationStatus([proof({ status: 'VERIFIED', validUntil: '2026-01-31' })], AT).status).toBe('EXPIRED');
  });

  it('among terminal proofs, follows what happened last: a rejection (review time) or an expiry (day after the end)', () => {
    const expiredThenRejected = [
      proof({ status: 'EXPIRED', validUntil: '2026-01-31', submittedAt: '2025-01-01T00:00:00Z' }),
      proof({ status: 'REJECTED', submittedAt: '2026-02-01T00:00:00Z', reviewedAt: '2026-02-03T00:00:00Z' }),
    ];
    expect(kindVerificationStatus(expiredThenRejected, AT).status).toBe('REJECTED');
    // Rejected while the verified proof was still valid; it expired afterwards.
    const rejectedThenExpired = [
      proof({ status: 'VERIFIED', validUntil: '2026-05-31', submittedAt: '2025-01-01T00:00:00Z' }),
      proof({ status: 'REJECTED', submittedAt: '2026-03-01T00:00:00Z', reviewedAt: '2026-03-02T00:00:00Z' }),
    ];
    expect(kindVerificationStatus(rejectedThenExpired, '2026-04-01').status).toBe('VERIFIED');
    expect(kindVerificationStatus(rejectedThenExpired, AT).status).toBe('EXPIRED');
  });

  it('a new submission after a rejection or an expiry makes the kind PENDING again', () => {
    const proofs = [proof({ status: 'REJECTED', submittedAt: '2025-01-01T00:00:00Z' }), proof({ status: 'PENDING', submittedAt: '2026-01-01T00:00:00Z' })];
    expect(kindVerificationStatus(proofs, AT).status).toBe('PENDING');
  });
});

describe('date helpers', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-2-3')).toBe(false);
    expect(isIsoDate('not a date')).toBe(false);
    expect(isIsoDate(20260101)).toBe(false);
  });

  it('adds days across months and years', () => {
    expect(isoDateAddDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(isoDateAddDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(isoDateAddDays('2026-06-15', 30)).toBe('2026-07-15');
  });

  it("gives today's date in Paris (late evening UTC is already tomorrow there)", () => {
    expect(parisToday(new Date('2026-06-15T22:30:00Z'))).toBe('2026-06-16');
    expect(parisToday(new Date('2026-01-15T22:30:00Z'))).toBe('2026-01-15');
  });

  it('an open-ended proof is valid at any date', () => {
    expect(isProofValidAt({ validUntil: null }, '2999-01-01')).toBe(true);
    expect(isProofValidAt({ validUntil: '2026-01-01' }, '2026-01-02')).toBe(false);
  });
});
