/**
 * Queues, job names and the typed payload of each job: the one place they are declared.
 * Payloads hold ids only (no personal data, no secrets): handlers read the rest from Postgres.
 */
export const QueueName = {
  EMAIL: 'email',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

export const JobName = {
  SEND_VERIFICATION_EMAIL: 'send-verification-email',
  SEND_PASSWORD_RESET_EMAIL: 'send-password-reset-email',
  SEND_INVITATION_EMAIL: 'send-invitation-email',
} as const;
export type JobName = (typeof JobName)[keyof typeof JobName];

export interface JobPayloads {
  [JobName.SEND_VERIFICATION_EMAIL]: { userId: string };
  [JobName.SEND_PASSWORD_RESET_EMAIL]: { userId: string };
  [JobName.SEND_INVITATION_EMAIL]: { invitationId: string };
}

/** Business events written to the outbox, and the job each one becomes. */
export const OutboxEventType = {
  EMAIL_VERIFICATION_REQUESTED: 'user.email-verification-requested',
  PASSWORD_RESET_REQUESTED: 'user.password-reset-requested',
  INVITATION_CREATED: 'organization.invitation-created',
} as const;
export type OutboxEventType = (typeof OutboxEventType)[keyof typeof OutboxEventType];

export const OUTBOX_ROUTES: Record<OutboxEventType, { queue: QueueName; job: JobName }> = {
  [OutboxEventType.EMAIL_VERIFICATION_REQUESTED]: { queue: QueueName.EMAIL, job: JobName.SEND_VERIFICATION_EMAIL },
  [OutboxEventType.PASSWORD_RESET_REQUESTED]: { queue: QueueName.EMAIL, job: JobName.SEND_PASSWORD_RESET_EMAIL },
  [OutboxEventType.INVITATION_CREATED]: { queue: QueueName.EMAIL, job: JobName.SEND_INVITATION_EMAIL },
};

/** Retries with exponential backoff; finished jobs are kept a day so a re-publish is deduplicated. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 86_400 },
  removeOnFail: { age: 7 * 86_400 },
} as const;
