// Lifecycle of a status proof (StatusProof): a supplier declares a kind, submits a proof, staff
// review it, and a verified proof expires at the end of its validity.
//
//   DECLARED ──► PENDING ──► VERIFIED ──► EXPIRED
//                      └──► REJECTED
//
// REJECTED and EXPIRED are terminal: a renewal or a second attempt is a new proof record, so the
// history of what staff saw stays intact (audit log).

export const VerificationStatus = {
  DECLARED: 'DECLARED',
  PENDING: 'PENDING',
  VERIFIED: 'VERIFIED',
  REJECTED: 'REJECTED',
  EXPIRED: 'EXPIRED',
} as const;
export type VerificationStatus = (typeof VerificationStatus)[keyof typeof VerificationStatus];

export const VERIFICATION_STATUSES: readonly VerificationStatus[] = Object.values(VerificationStatus);

/** The explicit transition table: the only moves the product allows. */
export const VERIFICATION_TRANSITIONS: Readonly<Record<VerificationStatus, readonly VerificationStatus[]>> = {
  DECLARED: ['PENDING'],
  PENDING: ['VERIFIED', 'REJECTED'],
  VERIFIED: ['EXPIRED'],
  REJECTED: [],
  EXPIRED: [],
};

export type VerificationTransitionErrorCode = 'SAME_STATUS' | 'TERMINAL_STATUS' | 'TRANSITION_NOT_ALLOWED';

export interface VerificationTransitionError {
  readonly code: VerificationTransitionErrorCode;
  readonly from: VerificationStatus;
  readonly to: VerificationStatus;
  /** What `from` may move to, so a caller can explain the refusal. */
  readonly allowed: readonly VerificationStatus[];
  readonly message: string;
}

export type VerificationTransitionResult =
  | { readonly ok: true; readonly status: VerificationStatus }
  | { readonly ok: false; readonly error: VerificationTransitionError };

export function isVerificationStatus(value: unknown): value is VerificationStatus {
  return typeof value === 'string' && (VERIFICATION_STATUSES as readonly string[]).includes(value);
}

export function isTerminalVerificationStatus(status: VerificationStatus): boolean {
  return VERIFICATION_TRANSITIONS[status].length === 0;
}

export function canTransition(from: VerificationStatus, to: VerificationStatus): boolean {
  return VERIFICATION_TRANSITIONS[from].includes(to);
}

export function transition(from: VerificationStatus, to: VerificationStatus): VerificationTransitionResult {
  if (canTransition(from, to)) return { ok: true, status: to };
  const allowed = VERIFICATION_TRANSITIONS[from];
  // Distinguish the three refusals: the UI answers "already done" differently from "not possible".
  const code: VerificationTransitionErrorCode =
    from === to ? 'SAME_STATUS' : allowed.length === 0 ? 'TERMINAL_STATUS' : 'TRANSITION_NOT_ALLOWED';
  const message =
    code === 'SAME_STATUS'
      ? `Proof is already ${from}`
      : code === 'TERMINAL_STATUS'
        ? `${from} is final: submit a new proof instead of moving it to ${to}`
        : `Cannot move a proof from ${from} to ${to} (allowed: ${allowed.join(', ')})`;
  return { ok: false, error: { code, from, to, allowed, message } };
}
