import fc from 'fast-check';
import {
  canTransition,
  isTerminalVerificationStatus,
  isVerificationStatus,
  transition,
  VERIFICATION_STATUSES,
  VERIFICATION_TRANSITIONS,
} from './verification-status';
import type { VerificationStatus } from './verification-status';

const ALLOWED: readonly [VerificationStatus, VerificationStatus][] = [
  ['DECLARED', 'PENDING'],
  ['PENDING', 'VERIFIED'],
  ['PENDING', 'REJECTED'],
  ['VERIFIED', 'EXPIRED'],
];

describe('proof verification state machine', () => {
  it.each(ALLOWED)('%s -> %s is allowed', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(transition(from, to)).toEqual({ ok: true, status: to });
  });

  it('allows nothing else: every other pair is refused', () => {
    for (const from of VERIFICATION_STATUSES) {
      for (const to of VERIFICATION_STATUSES) {
        const expected = ALLOWED.some(([f, t]) => f === from && t === to);
        expect([from, to, canTransition(from, to)]).toEqual([from, to, expected]);
      }
    }
  });

  it('refuses to skip the review: DECLARED -> VERIFIED', () => {
    expect(transition('DECLARED', 'VERIFIED')).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'TRANSITION_NOT_ALLOWED',
        from: 'DECLARED',
        to: 'VERIFIED',
        allowed: ['PENDING'],
      }),
    });
  });

  it('REJECTED and EXPIRED are terminal: a renewal is a new proof', () => {
    expect(isTerminalVerificationStatus('REJECTED')).toBe(true);
    expect(isTerminalVerificationStatus('EXPIRED')).toBe(true);
    expect(isTerminalVerificationStatus('VERIFIED')).toBe(false);
    const result = transition('EXPIRED', 'PENDING');
    expect(result.ok === false && result.error.code).toBe('TERMINAL_STATUS');
    const rejected = transition('REJECTED', 'EXPIRED');
    expect(rejected.ok === false && rejected.error.code).toBe('TERMINAL_STATUS');
  });

  it('reports a no-op as SAME_STATUS', () => {
    const result = transition('PENDING', 'PENDING');
    expect(result.ok === false && result.error.code).toBe('SAME_STATUS');
    expect(result.ok === false && result.error.message).toMatch(/already PENDING/);
  });

  it('every status is reachable from DECLARED', () => {
    const seen = new Set<VerificationStatus>(['DECLARED']);
    const queue: VerificationStatus[] = ['DECLARED'];
    for (let s = queue.shift(); s; s = queue.shift()) {
      for (const next of VERIFICATION_TRANSITIONS[s]) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    expect([...seen].sort()).toEqual([...VERIFICATION_STATUSES].sort());
  });

  it('transition and canTransition always agree (property)', () => {
    const status = fc.constantFrom(...VERIFICATION_STATUSES);
    fc.assert(fc.property(status, status, (from, to) => transition(from, to).ok === canTransition(from, to)));
  });

  it('guards unknown values', () => {
    expect(isVerificationStatus('VERIFIED')).toBe(true);
    expect(isVerificationStatus('verified')).toBe(false);
    expect(isVerificationStatus(undefined)).toBe(false);
  });
});
