import type { JobsOptions } from 'bullmq';
import type { AppConfig } from '@inclusion/config';

export const MAIL_QUEUE = 'mail';
export const MAIL_JOB = 'deliver';

/** Ids only: the address, the names and the link stay in PostgreSQL, never in Redis. */
export interface MailJobData {
  outboxId: string;
  tenantId: string | null;
}

/**
 * The job id is the outbox id, so enqueuing a row twice (two relays, a requeued row) yields one
 * job. Finished jobs are removed: the outbox row is the record, and a retried row must be able to
 * enqueue under the same id again.
 */
export function mailJobOptions(
  outboxId: string,
  config: Pick<AppConfig, 'MAIL_MAX_ATTEMPTS' | 'MAIL_RETRY_BASE_MS'>,
): JobsOptions {
  return {
    jobId: outboxId,
    attempts: config.MAIL_MAX_ATTEMPTS,
    backoff: { type: 'exponential', delay: config.MAIL_RETRY_BASE_MS },
    removeOnComplete: true,
    removeOnFail: true,
  };
}
