import { Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { MikroORM } from '@mikro-orm/postgresql';
import type { Queue } from 'bullmq';
import { MAIL_QUEUE } from '@inclusion/mail';

const PROBE_TIMEOUT_MS = 2000;

export interface HealthReport {
  ok: boolean;
  database: boolean;
  redis: boolean;
}

/** A probe that hangs (Redis away, pool exhausted) counts as down rather than blocking the check. */
async function probe(check: () => Promise<boolean>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([check().catch(() => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Whether the worker can do its job: PostgreSQL answers, and the queues' Redis answers PING. */
@Injectable()
export class WorkerHealth {
  constructor(
    private readonly orm: MikroORM,
    @InjectQueue(MAIL_QUEUE) private readonly mailQueue: Queue,
  ) {}

  async check(): Promise<HealthReport> {
    const [database, redis] = await Promise.all([
      probe(async () => (await this.orm.checkConnection()).ok),
      probe(async () => (await this.redis()).ping().then((reply) => reply === 'PONG')),
    ]);
    return { ok: database && redis, database, redis };
  }

  /** The queue's own connection; BullMQ's client interface omits PING, which it forwards to ioredis. */
  private async redis(): Promise<{ ping(): Promise<string> }> {
    return (await this.mailQueue.client) as unknown as { ping(): Promise<string> };
  }
}
