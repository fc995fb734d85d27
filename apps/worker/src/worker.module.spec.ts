import { randomBytes } from 'node:crypto';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import type { INestApplicationContext } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { Queue } from 'bullmq';
import { loadConfig } from '@inclusion/config';
import { TransactionRunner } from '@inclusion/database';
import { MAIL_QUEUE, MailOutboxModule, OutboxStatus, OutboxWriter } from '@inclusion/mail';
import { createPrivateDatabase, SmtpPeer, type PrivateDatabase } from '@inclusion/testing';
import { createWorker } from './bootstrap';
import { HealthServer } from './health/health.server';
import { WorkerHealth } from './health/worker-health';

describe('the worker', () => {
  let database: PrivateDatabase;
  let smtp: SmtpPeer;
  let worker: INestApplicationContext;
  let healthUrl: string;

  beforeAll(async () => {
    [database, smtp] = await Promise.all([createPrivateDatabase('worker'), SmtpPeer.start()]);
    Object.assign(process.env, {
      DATABASE_URL: database.url,
      SMTP_URL: smtp.url,
      QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}_worker_${randomBytes(4).toString('hex')}`,
      OUTBOX_POLL_MS: '50',
    });
    // The writer is the API's; the worker is given it here only to queue a mail in the test.
    worker = await createWorker(loadConfig(), { imports: [MailOutboxModule] });
    const port = await worker.get(HealthServer).listen(0, '127.0.0.1');
    healthUrl = `http://127.0.0.1:${port}/health`;
  });

  afterAll(async () => {
    if (worker) {
      await worker.close();
      const queue = new Queue(MAIL_QUEUE, {
        connection: { url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' },
        prefix: process.env.QUEUE_PREFIX,
      });
      await queue.obliterate({ force: true });
      await queue.close();
    }
    await smtp?.close();
    await database?.drop();
  });

  it('relays and delivers queued mail on its own', async () => {
    const runner = worker.get(TransactionRunner);
    const id = await runner.run(
      {},
      async (em) =>
        worker.get(OutboxWriter).queueMail(em, {
          tenantId: null,
          template: 'password-reset',
          to: 'reset@example.org',
          locale: 'en',
          params: {
            displayName: 'Samir',
            expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
          },
          secret: 'reset-secret',
        }).id,
    );
    const mail = await smtp.waitFor((m) => m.to.includes('reset@example.org'));
    expect(mail.subject).toBe('Choose a new password');
    expect(mail.text).toContain('/password/reset?token=reset-secret');

    const deadline = Date.now() + 5000;
    let status: string | undefined;
    while (status !== OutboxStatus.Sent && Date.now() < deadline) {
      const rows = await runner.run({ system: true }, (em) =>
        em.execute<{ status: string }[]>('select status from outbox_message where id = ?', [id]),
      );
      status = rows[0]?.status;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(status).toBe(OutboxStatus.Sent);
  });

  it('answers its health check when PostgreSQL and Redis answer', async () => {
    const response = await fetch(healthUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await response.json()).toEqual({ status: 'ok' });

    expect((await fetch(healthUrl, { method: 'HEAD' })).status).toBe(200);
    expect((await fetch(healthUrl.replace('/health', '/other'))).status).toBe(404);
    expect((await fetch(healthUrl, { method: 'POST' })).status).toBe(405);
  });

  it('reports 503, and which service is down, when Redis does not answer', async () => {
    // A peer that accepts connections and never answers: Redis hung.
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const unreachable = new Queue(MAIL_QUEUE, {
      connection: { url: `redis://127.0.0.1:${(silent.address() as AddressInfo).port}` },
    });
    const server = new HealthServer(new WorkerHealth(worker.get(MikroORM), unreachable));
    try {
      const port = await server.listen(0, '127.0.0.1');
      const response = await fetch(`http://127.0.0.1:${port}/health`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({
        status: 'unavailable',
        database: 'ok',
        redis: 'down',
      });
    } finally {
      await server.onApplicationShutdown();
      await unreachable.close();
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
