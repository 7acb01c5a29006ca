/**
 * Queues, job names and the typed payload of each job: the one place they are declared.
 * Payloads hold ids only (no personal data, no secrets): handlers read the rest from Postgres.
 */
export const QueueName = {
  EMAIL: 'email',
  /** Search index updates (processed from the search feature on). */
  SEARCH: 'search',
  /** Scheduled housekeeping (proof expiry, reminders). */
  MAINTENANCE: 'maintenance',
  /** Need matching and the notification fan-out (several jobs in parallel). */
  MATCHING: 'matching',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

export const JobName = {
  SEND_VERIFICATION_EMAIL: 'send-verification-email',
  SEND_PASSWORD_RESET_EMAIL: 'send-password-reset-email',
  SEND_INVITATION_EMAIL: 'send-invitation-email',
  SEND_PROOF_REVIEWED_EMAIL: 'send-proof-reviewed-email',
  SEND_PROOF_EXPIRY_EMAIL: 'send-proof-expiry-email',
  SEND_CLAIM_REQUESTED_EMAIL: 'send-claim-requested-email',
  SEND_CLAIM_DECIDED_EMAIL: 'send-claim-decided-email',
  INDEX_SUPPLIER: 'index-supplier',
  EXPIRE_STATUS_PROOFS: 'expire-status-proofs',
  INDEX_NEED: 'index-need',
  MATCH_NEED: 'match-need',
  NOTIFY_NEED_MATCHES: 'notify-need-matches',
  MATCH_SUPPLIER_TO_OPEN_NEEDS: 'match-supplier-to-open-needs',
  NOTIFY_NEED_EVENT: 'notify-need-event',
  SEND_NOTIFICATION_EMAIL: 'send-notification-email',
  SEND_EMAIL_DIGESTS: 'send-email-digests',
  CLOSE_EXPIRED_NEEDS: 'close-expired-needs',
  SEND_NEED_REMINDERS: 'send-need-reminders',
  RUN_SAVED_SEARCHES: 'run-saved-searches',
  NOTIFY_RESPONSE_EVENT: 'notify-response-event',
  NOTIFY_CONSORTIUM_EVENT: 'notify-consortium-event',
  SEND_CONSORTIUM_INVITATION_EMAIL: 'send-consortium-invitation-email',
  NOTIFY_MESSAGE: 'notify-message',
} as const;
export type JobName = (typeof JobName)[keyof typeof JobName];

export interface JobPayloads {
  [JobName.SEND_VERIFICATION_EMAIL]: { userId: string };
  [JobName.SEND_PASSWORD_RESET_EMAIL]: { userId: string };
  [JobName.SEND_INVITATION_EMAIL]: { invitationId: string };
  [JobName.SEND_PROOF_REVIEWED_EMAIL]: { proofId: string };
  [JobName.SEND_PROOF_EXPIRY_EMAIL]: { proofId: string; notice: 'EXPIRES_SOON' | 'EXPIRED' };
  [JobName.SEND_CLAIM_REQUESTED_EMAIL]: { claimId: string };
  [JobName.SEND_CLAIM_DECIDED_EMAIL]: { claimId: string };
  /** Suppliers changed in one relay batch (deduplicated): one indexing job for all of them. */
  [JobName.INDEX_SUPPLIER]: { supplierIds: string[] };
  /** `at`: ISO date to evaluate (tests); defaults to today. */
  [JobName.EXPIRE_STATUS_PROOFS]: { at?: string };
  /** Needs whose public projection changed (published, edited, closed…), deduplicated per relay batch. */
  [JobName.INDEX_NEED]: { needIds: string[] };
  /** Computes the matches of every lot of a published need (or of its new version). */
  [JobName.MATCH_NEED]: { needId: string; version: number };
  /** One chunk of the fan-out: writes the notifications of these matched suppliers. */
  [JobName.NOTIFY_NEED_MATCHES]: { needId: string; version: number; supplierIds: string[] };
  /** Suppliers verified or edited: match them to the needs still open. */
  [JobName.MATCH_SUPPLIER_TO_OPEN_NEEDS]: { supplierIds: string[] };
  /** A need event the buyer or the matched suppliers hear about (closed, awarded, cancelled, interest…). */
  [JobName.NOTIFY_NEED_EVENT]: { needId: string; event: NeedEventKind; supplierId?: string; version?: number };
  [JobName.SEND_NOTIFICATION_EMAIL]: { notificationId: string };
  /** `at`: ISO instant to evaluate (tests); defaults to now. */
  [JobName.SEND_EMAIL_DIGESTS]: { at?: string };
  [JobName.CLOSE_EXPIRED_NEEDS]: { at?: string };
  [JobName.SEND_NEED_REMINDERS]: { at?: string };
  [JobName.RUN_SAVED_SEARCHES]: { at?: string };
  [JobName.NOTIFY_RESPONSE_EVENT]: { responseId: string; event: ResponseEventKind };
  [JobName.NOTIFY_CONSORTIUM_EVENT]: { consortiumId: string; event: ConsortiumEventKind; memberId?: string; applicationId?: string };
  /** An invitation to a consortium sent to an email not yet on the platform (the token is made by the worker). */
  [JobName.SEND_CONSORTIUM_INVITATION_EMAIL]: { memberId: string };
  [JobName.NOTIFY_MESSAGE]: { messageId: string };
}

/** Responses: submitted, amended, withdrawn (to the buyer); shortlisted, awarded, rejected (to the respondent's members). */
export type ResponseEventKind = 'SUBMITTED' | 'AMENDED' | 'WITHDRAWN' | 'SHORTLISTED' | 'AWARDED' | 'REJECTED';
/** Consortia: invited, accepted, declined, left, submitted (to the members concerned). */
export type ConsortiumEventKind = 'INVITED' | 'ACCEPTED' | 'DECLINED' | 'LEFT' | 'SUBMITTED' | 'APPLIED' | 'APPLICATION_ACCEPTED' | 'APPLICATION_REJECTED';

export type NeedEventKind = 'UPDATED' | 'CLOSED' | 'AWARDED' | 'CANCELLED' | 'INTERESTED' | 'DECLINED';

/** Business events written to the outbox, and the job each one becomes. */
export const OutboxEventType = {
  EMAIL_VERIFICATION_REQUESTED: 'user.email-verification-requested',
  PASSWORD_RESET_REQUESTED: 'user.password-reset-requested',
  INVITATION_CREATED: 'organization.invitation-created',
  /** Any change to what a supplier's public profile shows (profile, kinds, activities, offers, proofs). */
  SUPPLIER_CHANGED: 'supplier.changed',
  PROOF_REVIEWED: 'supplier.proof-reviewed',
  PROOF_EXPIRY_NOTICE: 'supplier.proof-expiry-notice',
  CLAIM_REQUESTED: 'supplier.claim-requested',
  CLAIM_DECIDED: 'supplier.claim-decided',
  /** A need was published or re-published in a new version: match it. */
  NEED_PUBLISHED: 'need.published',
  /** Anything that changes what a need's public view or search document shows. */
  NEED_CHANGED: 'need.changed',
  /** A lifecycle or follow-up event to notify (see NeedEventKind). */
  NEED_EVENT: 'need.event',
  RESPONSE_EVENT: 'response.event',
  CONSORTIUM_EVENT: 'consortium.event',
  CONSORTIUM_EMAIL_INVITATION: 'consortium.email-invitation',
  MESSAGE_SENT: 'message.sent',
} as const;
export type OutboxEventType = (typeof OutboxEventType)[keyof typeof OutboxEventType];

/**
 * Where each outbox event goes (one job per route). `batchBy`: events of that type in one relay batch become ONE job
 * whose payload lists the distinct values of that payload field (e.g. suppliers to reindex).
 */
export interface OutboxRoute {
  queue: QueueName;
  job: JobName;
  batchBy?: { field: string; as: string };
}

export const OUTBOX_ROUTES: Record<OutboxEventType, readonly OutboxRoute[]> = {
  [OutboxEventType.EMAIL_VERIFICATION_REQUESTED]: [{ queue: QueueName.EMAIL, job: JobName.SEND_VERIFICATION_EMAIL }],
  [OutboxEventType.PASSWORD_RESET_REQUESTED]: [{ queue: QueueName.EMAIL, job: JobName.SEND_PASSWORD_RESET_EMAIL }],
  [OutboxEventType.INVITATION_CREATED]: [{ queue: QueueName.EMAIL, job: JobName.SEND_INVITATION_EMAIL }],
  [OutboxEventType.SUPPLIER_CHANGED]: [
    { queue: QueueName.SEARCH, job: JobName.INDEX_SUPPLIER, batchBy: { field: 'supplierId', as: 'supplierIds' } },
    { queue: QueueName.MATCHING, job: JobName.MATCH_SUPPLIER_TO_OPEN_NEEDS, batchBy: { field: 'supplierId', as: 'supplierIds' } },
  ],
  [OutboxEventType.PROOF_REVIEWED]: [{ queue: QueueName.EMAIL, job: JobName.SEND_PROOF_REVIEWED_EMAIL }],
  [OutboxEventType.PROOF_EXPIRY_NOTICE]: [{ queue: QueueName.EMAIL, job: JobName.SEND_PROOF_EXPIRY_EMAIL }],
  [OutboxEventType.CLAIM_REQUESTED]: [{ queue: QueueName.EMAIL, job: JobName.SEND_CLAIM_REQUESTED_EMAIL }],
  [OutboxEventType.CLAIM_DECIDED]: [{ queue: QueueName.EMAIL, job: JobName.SEND_CLAIM_DECIDED_EMAIL }],
  [OutboxEventType.NEED_PUBLISHED]: [{ queue: QueueName.MATCHING, job: JobName.MATCH_NEED }],
  [OutboxEventType.NEED_CHANGED]: [{ queue: QueueName.SEARCH, job: JobName.INDEX_NEED, batchBy: { field: 'needId', as: 'needIds' } }],
  [OutboxEventType.NEED_EVENT]: [{ queue: QueueName.MATCHING, job: JobName.NOTIFY_NEED_EVENT }],
  [OutboxEventType.RESPONSE_EVENT]: [{ queue: QueueName.MATCHING, job: JobName.NOTIFY_RESPONSE_EVENT }],
  [OutboxEventType.CONSORTIUM_EVENT]: [{ queue: QueueName.MATCHING, job: JobName.NOTIFY_CONSORTIUM_EVENT }],
  [OutboxEventType.CONSORTIUM_EMAIL_INVITATION]: [{ queue: QueueName.EMAIL, job: JobName.SEND_CONSORTIUM_INVITATION_EMAIL }],
  [OutboxEventType.MESSAGE_SENT]: [{ queue: QueueName.MATCHING, job: JobName.NOTIFY_MESSAGE }],
};

/** Retries with exponential backoff; finished jobs are kept a day so a re-publish is deduplicated. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 86_400 },
  removeOnFail: { age: 7 * 86_400 },
} as const;
