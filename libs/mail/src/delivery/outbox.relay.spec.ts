import { randomBytes } from 'node:crypto';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { TransactionRunner } from '@inclusion/database';
import { createPrivateDatabase, SmtpPeer, type PrivateDatabase } from '@inclusion/testing';
import { OutboxStatus } from '../outbox/outbox-message.entity';
import { OutboxWriter } from '../outbox/outbox.writer';
import { startMailTestApp, type MailTestApp } from '../testing/mail-test-app';
import { readOutbox, waitForStatus } from '../testing/outbox-rows';
import { wipeExpiredSecrets } from './expired-secrets.sweep';
import { MAIL_QUEUE, type MailJobData } from './mail-queue';
import { OutboxRelay } from './outbox.relay';

describe('OutboxRelay', () => {
  let database: PrivateDatabase;
  let smtp: SmtpPeer;
  let harness: MailTestApp;
  let runner: TransactionRunner;

  beforeAll(async () => {
    [database, smtp] = await Promise.all([createPrivateDatabase('relay'), SmtpPeer.start()]);
    harness = await startMailTestApp({
      env: {
        DATABASE_URL: database.url,
        SMTP_URL: smtp.url,
        QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}_relay_${randomBytes(4).toString('hex')}`,
        OUTBOX_POLL_MS: '60000',
        OUTBOX_ENQUEUE_TIMEOUT_MS: '300',
      },
      delivery: {},
    });
    runner = harness.app.get(TransactionRunner);
  });

  afterAll(async () => {
    await harness?.close();
    await smtp?.close();
    await database?.drop();
  });

  const queue = (to: string, expiresAt = new Date(Date.now() + 3_600_000)): Promise<string> =>
    runner.run(
      {},
      async (em) =>
        harness.app.get(OutboxWriter).queueMail(em, {
          tenantId: null,
          template: 'password-reset',
          to,
          locale: 'fr',
          params: { displayName: 'Samir', expiresAt: expiresAt.toISOString() },
          secret: randomBytes(32).toString('base64url'),
        }).id,
    );

  describe('while Redis does not answer', () => {
    let silent: SilentPeer;
    let unreachable: Queue<MailJobData>;
    let stranded: OutboxRelay;

    beforeAll(async () => {
      silent = await silentPeer();
      unreachable = new Queue<MailJobData>(MAIL_QUEUE, {
        connection: { url: silent.url },
        prefix: harness.config.QUEUE_PREFIX,
      });
      stranded = new OutboxRelay(runner, unreachable, {
        ...harness.config,
        OUTBOX_POLL_MS: 50,
      });
    });

    afterAll(async () => {
      await unreachable.close();
      await silent.close();
    });

    it('leaves the rows pending, and delivers them once Redis answers', async () => {
      const ids = [await queue('first@example.org'), await queue('second@example.org')];

      await expect(stranded.tick()).rejects.toThrow(/did not accept 2 mail job\(s\)/);
      for (const id of ids) {
        expect(await readOutbox(runner, id)).toMatchObject({
          status: OutboxStatus.Pending,
          enqueuedAt: null,
        });
      }

      expect(await harness.app.get(OutboxRelay).tick()).toBe(2);
      for (const id of ids) await waitForStatus(runner, id, OutboxStatus.Sent);
      expect(smtp.messages.map((m) => m.to[0]).sort()).toEqual([
        'first@example.org',
        'second@example.org',
      ]);
    });

    it('keeps polling with a warning and a growing delay, never crashing, and stops cleanly', async () => {
      const id = await queue('third@example.org');
      const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
      const warnings = () =>
        warn.mock.calls
          .map(([message]) => String(message))
          .filter((message) => message.startsWith('Outbox rows stay pending'));
      let logged: string[];
      try {
        stranded.onApplicationBootstrap();
        const deadline = Date.now() + 10_000;
        while (warnings().length < 3 && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        await stranded.beforeApplicationShutdown();
      } finally {
        logged = warnings();
        warn.mockRestore();
      }
      expect(
        logged.slice(0, 3).map((message) => /next try in (\d+) ms/.exec(message)?.[1]),
      ).toEqual(['50', '100', '200']);
      expect(await readOutbox(runner, id)).toMatchObject({ status: OutboxStatus.Pending });

      expect(await harness.app.get(OutboxRelay).tick()).toBe(1);
      await waitForStatus(runner, id, OutboxStatus.Sent);
    });
  });

  it('fails fast, leaving the rows pending, when Redis refuses connections', async () => {
    const id = await queue('refused@example.org');
    const refused = new Queue<MailJobData>(MAIL_QUEUE, {
      // Port 1: nothing listens; no reconnection, so the connection is given up at once.
      connection: { url: 'redis://127.0.0.1:1', retryStrategy: () => null },
      prefix: harness.config.QUEUE_PREFIX,
    });
    try {
      const relay = new OutboxRelay(runner, refused, harness.config);
      await expect(relay.tick()).rejects.toThrow(/ECONNREFUSED|Connection is closed/);
      expect(await readOutbox(runner, id)).toMatchObject({ status: OutboxStatus.Pending });
    } finally {
      await refused.close();
    }
    expect(await harness.app.get(OutboxRelay).tick()).toBe(1);
    await waitForStatus(runner, id, OutboxStatus.Sent);
  });

  it('wipes the kept secret of a failed mail once its link has expired', async () => {
    const expired = await queue('expired@example.org', new Date(Date.now() - 1000));
    const valid = await queue('valid@example.org');
    await runner.run({ system: true }, (em) =>
      em.execute(`update outbox_message set status = 'failed' where id in (?, ?)`, [
        expired,
        valid,
      ]),
    );

    expect(await runner.run({ system: true }, wipeExpiredSecrets)).toBe(1);
    expect((await readOutbox(runner, expired))?.sealedSecret).toBeNull();
    expect((await readOutbox(runner, valid))?.sealedSecret).toBeTruthy();
  });

  it('claims nothing that is not due', async () => {
    const later = await queue('later@example.org');
    await runner.run({ system: true }, (em) =>
      em.execute(
        `update outbox_message set available_at = now() + interval '1 hour' where id = ?`,
        [later],
      ),
    );
    expect(await harness.app.get(OutboxRelay).tick()).toBe(0);
    expect(await readOutbox(runner, later)).toMatchObject({ status: OutboxStatus.Pending });
  });
});

interface SilentPeer {
  url: string;
  close(): Promise<void>;
}

/** Accepts connections and never answers: Redis hung, or a network dropping its replies. */
async function silentPeer(): Promise<SilentPeer> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `redis://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
