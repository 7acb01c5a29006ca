// Lifecycle of a buyer's need (besoin d'achat):
//
//   DRAFT ──PUBLISH──► PUBLISHED ──CLOSE──► CLOSED ──AWARD──► AWARDED
//     │  (moderation on)   ▲                  │
//     └──PUBLISH──► PENDING_REVIEW ──APPROVE──┘ (to PUBLISHED)
//                     └──REJECT──► DRAFT (staff give a reason)
//   CANCEL from DRAFT, PENDING_REVIEW, PUBLISHED or CLOSED ──► CANCELLED
//
// CLOSE is what the deadline job does when the response deadline passes; a buyer may also close
// early. AWARDED and CANCELLED are terminal: there is no reopening (a new need is a new record).

export const NeedStatus = {
  DRAFT: 'DRAFT',
  PENDING_REVIEW: 'PENDING_REVIEW',
  PUBLISHED: 'PUBLISHED',
  CLOSED: 'CLOSED',
  AWARDED: 'AWARDED',
  CANCELLED: 'CANCELLED',
} as const;
export type NeedStatus = (typeof NeedStatus)[keyof typeof NeedStatus];
export const NEED_STATUSES: readonly NeedStatus[] = Object.values(NeedStatus);

export const NeedAction = {
  /** Buyer: submit the draft; goes to staff review when moderation is on. */
  PUBLISH: 'PUBLISH',
  /** Staff: accept a need waiting for review. */
  APPROVE: 'APPROVE',
  /** Staff: send a need waiting for review back to its draft, with a reason. */
  REJECT: 'REJECT',
  /** Deadline job (or buyer): stop taking responses. */
  CLOSE: 'CLOSE',
  /** Buyer: record the award once responses are closed. */
  AWARD: 'AWARD',
  CANCEL: 'CANCEL',
} as const;
export type NeedAction = (typeof NeedAction)[keyof typeof NeedAction];
export const NEED_ACTIONS: readonly NeedAction[] = Object.values(NeedAction);

export interface NeedLifecycleOptions {
  /** Platform setting: new needs wait for staff review before they are published. */
  readonly moderation: boolean;
}

export type NeedTransitionResult =
  { readonly ok: true; readonly status: NeedStatus } | { readonly ok: false; readonly reason: 'INVALID_TRANSITION' };

const CANCELLABLE: ReadonlySet<NeedStatus> = new Set(['DRAFT', 'PENDING_REVIEW', 'PUBLISHED', 'CLOSED']);

function target(status: NeedStatus, action: NeedAction, options: NeedLifecycleOptions): NeedStatus | null {
  switch (action) {
    case 'PUBLISH':
      return status === 'DRAFT' ? (options.moderation ? 'PENDING_REVIEW' : 'PUBLISHED') : null;
    case 'APPROVE':
      // Valid even if moderation was switched off meanwhile: the need is still waiting.
      return status === 'PENDING_REVIEW' ? 'PUBLISHED' : null;
    case 'REJECT':
      return status === 'PENDING_REVIEW' ? 'DRAFT' : null;
    case 'CLOSE':
      return status === 'PUBLISHED' ? 'CLOSED' : null;
    case 'AWARD':
      return status === 'CLOSED' ? 'AWARDED' : null;
    case 'CANCEL':
      return CANCELLABLE.has(status) ? 'CANCELLED' : null;
  }
}

export function nextNeedStatus(status: NeedStatus, action: NeedAction, options: NeedLifecycleOptions): NeedTransitionResult {
  const next = target(status, action, options);
  return next ? { ok: true, status: next } : { ok: false, reason: 'INVALID_TRANSITION' };
}

/** Staff must say why they send a need back to its author. */
export function needActionRequiresReason(action: NeedAction): boolean {
  return action === 'REJECT';
}

export function isNeedStatus(value: unknown): value is NeedStatus {
  return typeof value === 'string' && (NEED_STATUSES as readonly string[]).includes(value);
}

export function isTerminalNeedStatus(status: NeedStatus): boolean {
  return status === 'AWARDED' || status === 'CANCELLED';
}

/** The buyer may still change the need's content. */
export function canEditNeed(status: NeedStatus): boolean {
  return status === 'DRAFT' || status === 'PENDING_REVIEW' || status === 'PUBLISHED';
}

/**
 * Suppliers have already seen a published need: each edit bumps its version and keeps the previous
 * state (need_version), so matched suppliers can be told what changed.
 */
export function isVersionedEdit(status: NeedStatus): boolean {
  return status === 'PUBLISHED';
}

/** Responses are taken while the need is published and strictly before its deadline. */
export function acceptsResponses(status: NeedStatus, deadline: Date, now: Date): boolean {
  return status === 'PUBLISHED' && now.getTime() < deadline.getTime();
}
