import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { LockMode } from '@mikro-orm/core';
import type { Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@inclusion/config';
import { TransactionRunner } from '@inclusion/database';
import { OutboxMessage, OutboxStatus } from '../outbox/outbox-message.entity';
import { MAIL_TOPIC } from '../outbox/queued-mail';
import { wipeExpiredSecrets } from './expired-secrets.sweep';
import { MAIL_JOB, MAIL_QUEUE, mailJobOptions, type MailJobData } from './mail-queue';
import { withTimeout } from './with-timeout';

export type RelayConfig = Pick<
  AppConfig,
  | 'OUTBOX_POLL_MS'
  | 'OUTBOX_BATCH_SIZE'
  | 'OUTBOX_ENQUEUE_TIMEOUT_MS'
  | 'OUTBOX_REQUEUE_AFTER_MS'
  | 'MAIL_MAX_ATTEMPTS'
  | 'MAIL_RETRY_BASE_MS'
>;

const MAX_BACKOFF_MS = 30_000;
const SWEEP_EVERY_MS = 60_000;

/**
 * Moves committed outbox rows into the BullMQ `mail` queue. Rows are claimed with FOR UPDATE SKIP
 * LOCKED, so relays in several workers share the work without taking the same row, and they are
 * marked enqueued only in the transaction that added their jobs: if Redis refuses, the rows stay
 * pending for the next tick. A row enqueued long ago and still not settled lost its job (Redis
 * flushed, a crash between add and commit) and is enqueued again; the job id makes that harmless.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();
  private stopped = true;
  private failures = 0;
  private lastSweep = 0;

  constructor(
    private readonly runner: TransactionRunner,
    @InjectQueue(MAIL_QUEUE) private readonly queue: Queue<MailJobData>,
    @Inject(APP_CONFIG) private readonly config: RelayConfig,
  ) {
    // The relay's own warnings say when Redis is away; the connection's retries would repeat it.
    this.queue.on('error', (error) => this.logger.debug(`Mail queue: ${error.message}`));
  }

  onApplicationBootstrap(): void {
    this.stopped = false;
    this.schedule(this.config.OUTBOX_POLL_MS);
  }

  /** Before the queue and the database close: the tick under way finishes, no other starts. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Enqueues the rows that are due; returns how many. Rejects, leaving them pending, if Redis does. */
  tick(): Promise<number> {
    return this.runner.run({ system: true }, async (em) => {
      const now = new Date();
      const due = await em.find(
        OutboxMessage,
        {
          topic: MAIL_TOPIC,
          $or: [
            { status: OutboxStatus.Pending, availableAt: { $lte: now } },
            {
              status: OutboxStatus.Enqueued,
              enqueuedAt: { $lte: new Date(now.getTime() - this.config.OUTBOX_REQUEUE_AFTER_MS) },
            },
          ],
        },
        {
          orderBy: { availableAt: 'asc', id: 'asc' },
          limit: this.config.OUTBOX_BATCH_SIZE,
          lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE,
        },
      );
      if (!due.length) return 0;
      await withTimeout(
        this.queue.addBulk(
          due.map((message) => ({
            name: MAIL_JOB,
            data: { outboxId: message.id, tenantId: message.tenantId ?? null },
            opts: mailJobOptions(message.id, this.config),
          })),
        ),
        this.config.OUTBOX_ENQUEUE_TIMEOUT_MS,
        `Redis did not accept ${due.length} mail job(s) within ${this.config.OUTBOX_ENQUEUE_TIMEOUT_MS} ms`,
      );
      for (const message of due) {
        message.status = OutboxStatus.Enqueued;
        message.enqueuedAt = now;
      }
      return due.length;
    });
  }

  private schedule(delay: number): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.loop();
    }, delay);
  }

  private async loop(): Promise<void> {
    let next = this.config.OUTBOX_POLL_MS;
    await this.sweepWhenDue();
    try {
      const relayed = await this.tick();
      if (this.failures) this.logger.log('Redis accepts mail jobs again; relaying resumed');
      this.failures = 0;
      // A full batch means more rows are waiting: carry on at once.
      if (relayed === this.config.OUTBOX_BATCH_SIZE) next = 0;
    } catch (error) {
      this.failures += 1;
      next = Math.max(
        this.config.OUTBOX_POLL_MS,
        Math.min(this.config.OUTBOX_POLL_MS * 2 ** (this.failures - 1), MAX_BACKOFF_MS),
      );
      this.logger.warn(
        `Outbox rows stay pending, next try in ${next} ms (failure ${this.failures}): ${errorMessage(error)}`,
      );
    }
    if (!this.stopped) this.schedule(next);
  }

  private async sweepWhenDue(): Promise<void> {
    if (Date.now() - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = Date.now();
    try {
      await this.runner.run({ system: true }, wipeExpiredSecrets);
    } catch (error) {
      this.logger.warn(`Could not wipe expired outbox secrets: ${errorMessage(error)}`);
    }
  }
}

const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
