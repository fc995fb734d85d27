import { Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { UnrecoverableError, type Job } from 'bullmq';
import { InvalidMailError } from '../outbox/queued-mail';
import { MailDelivery, type DeliveryOutcome } from './mail.delivery';
import { MAIL_QUEUE, type MailJobData } from './mail-queue';

const ERROR_LOG_INTERVAL_MS = 60_000;

/**
 * Runs delivery jobs. Retries and their back-off are BullMQ's (set on each job by the relay); the
 * outbox row keeps the count and the reason, and is marked failed when the last attempt fails.
 */
@Processor(MAIL_QUEUE, { concurrency: 4 })
export class MailProcessor extends WorkerHost implements BeforeApplicationShutdown {
  private readonly logger = new Logger(MailProcessor.name);
  private lastErrorLog = 0;

  constructor(private readonly delivery: MailDelivery) {
    super();
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
