import {
  Inject,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { UnrecoverableError, type Job } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@inclusion/config';
import { InvalidMailError } from '../outbox/queued-mail';
import { MailDelivery, type DeliveryOutcome } from './mail.delivery';
import { MAIL_QUEUE, type MailJobData } from './mail-queue';

const ERROR_LOG_INTERVAL_MS = 60_000;

/**
 * A job whose worker died (killed, its machine lost) runs again once BullMQ finds its lock expired:
 * after `lockDuration`, looked for every `stalledInterval` (30 s each by default, up to a minute
 * and a half in all). Shorter here, since a job wrongly taken for stalled (its worker alive but
 * late renewing the lock) costs nothing: its second run waits for the outbox row, which the first
 * holds locked, and finds it settled. The mails a dead worker held leave some 10 to 20 s later.
 */
export const MAIL_JOB_LOCK_MS = 10_000;
export const MAIL_STALLED_CHECK_MS = 5_000;

/**
 * Runs delivery jobs, MAIL_CONCURRENCY at once. Retries and their back-off are BullMQ's (set on
 * each job by the relay); the outbox row keeps the count and the reason, and is marked failed
 * when the last attempt fails.
 */
// Not started with the module (autorun): the concurrency is configured, the decorator is static.
@Processor(MAIL_QUEUE, {
  autorun: false,
  lockDuration: MAIL_JOB_LOCK_MS,
  stalledInterval: MAIL_STALLED_CHECK_MS,
})
export class MailProcessor
  extends WorkerHost
  implements OnApplicationBootstrap, BeforeApplicationShutdown
{
  private readonly logger = new Logger(MailProcessor.name);
  private lastErrorLog = 0;

  constructor(
    private readonly delivery: MailDelivery,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'MAIL_CONCURRENCY'>,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.MAIL_CONCURRENCY;
    // Resolves when the worker closes; a failure to start is an error of the worker itself.
    this.worker.run().catch((error: unknown) => {
      this.logger.error(`Mail worker stopped: ${error instanceof Error ? error.message : error}`);
    });
  }

  async process(job: Job<MailJobData>): Promise<DeliveryOutcome> {
    const { outboxId } = job.data;
    try {
      return await this.delivery.deliver(outboxId);
    } catch (error) {
      const permanent = error instanceof InvalidMailError;
      const attempt = job.attemptsMade + 1;
      const final = permanent || attempt >= (job.opts.attempts ?? 1);
      await this.delivery.recordFailure(outboxId, error, final);
      this.logger.warn(
        `Mail ${outboxId}: attempt ${attempt} failed${final ? ', marked failed' : ', will retry'}`,
      );
      // The reason (an address, a server's words) stays in PostgreSQL; Redis keeps only this.
      const reason = `Delivery of outbox message ${outboxId} failed; see its last_error`;
      throw permanent ? new UnrecoverableError(reason) : new Error(reason);
    }
  }

  /** Redis outages repeat this on every reconnection attempt: say it once a minute. */
  @OnWorkerEvent('error')
  onWorkerError(error: Error): void {
    if (Date.now() - this.lastErrorLog < ERROR_LOG_INTERVAL_MS) return;
    this.lastErrorLog = Date.now();
    this.logger.warn(`Mail worker: ${error.message}`);
  }

  /** Lets jobs under way finish while the database and SMTP are still open. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close();
  }
}
