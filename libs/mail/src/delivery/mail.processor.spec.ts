import { randomBytes } from 'node:crypto';
import { newId, TransactionRunner } from '@inclusion/database';
import { createPrivateDatabase, SmtpPeer, type PrivateDatabase } from '@inclusion/testing';
import { OutboxStatus } from '../outbox/outbox-message.entity';
import { OutboxAdmin } from '../outbox/outbox.admin';
import { OutboxWriter } from '../outbox/outbox.writer';
import type { QueuedMail } from '../outbox/queued-mail';
import { startMailTestApp, type MailTestApp } from '../testing/mail-test-app';
import { waitForStatus } from '../testing/outbox-rows';
import { MAIL_JOB_LOCK_MS, MAIL_STALLED_CHECK_MS, MailProcessor } from './mail.processor';
import { OutboxRelay } from './outbox.relay';

describe('MailProcessor when delivery fails', () => {
  let database: PrivateDatabase;
  let smtp: SmtpPeer;
  let harness: MailTestApp;
  let runner: TransactionRunner;
  let relay: OutboxRelay;

  beforeAll(async () => {
    [database, smtp] = await Promise.all([createPrivateDatabase('processor'), SmtpPeer.start()]);
    harness = await startMailTestApp({
      env: {
        DATABASE_URL: database.url,
        SMTP_URL: smtp.url,
        QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}_processor_${randomBytes(4).toString('hex')}`,
        OUTBOX_POLL_MS: '60000',
        MAIL_MAX_ATTEMPTS: '3',
        MAIL_RETRY_BASE_MS: '20',
        MAIL_CONCURRENCY: '3',
      },
      delivery: {},
    });
    runner = harness.app.get(TransactionRunner);
    relay = harness.app.get(OutboxRelay);
  });

  afterEach(() => smtp.accept());

  afterAll(async () => {
    await harness?.close();
    await smtp?.close();
    await database?.drop();
  });

  const signInLink = (to: string, secret: string): QueuedMail => ({
    tenantId: null,
    template: 'sign-in-link',
    to,
    locale: 'fr',
    params: { displayName: 'Samir', expiresAt: new Date(Date.now() + 3_600_000).toISOString() },
    secret,
  });

  const queue = (mail: QueuedMail): Promise<string> =>
    runner.run({}, async (em) => harness.app.get(OutboxWriter).queueMail(em, mail).id);

  it('runs MAIL_CONCURRENCY deliveries at once, and takes a dead worker’s jobs back soon', () => {
    const { worker } = harness.app.get(MailProcessor);
    expect(worker.isRunning()).toBe(true);
    expect(worker.concurrency).toBe(3);
    expect(worker.opts).toMatchObject({
      lockDuration: MAIL_JOB_LOCK_MS,
      stalledInterval: MAIL_STALLED_CHECK_MS,
    });
  });

  it('retries with back-off, marks the mail failed for the operator, and sends it on retry', async () => {
    smtp.reject(451, 'Mailbox busy, try again later');
    const secret = randomBytes(32).toString('base64url');
    const id = await queue(signInLink('busy@example.org', secret));
    await relay.tick();

    const failed = await waitForStatus(runner, id, OutboxStatus.Failed);
    expect(failed.attempts).toBe(3);
    expect(failed.lastError).toMatch(/451/);
    expect(failed.lastError).toMatch(/Mailbox busy/);
    expect(failed.lastError).not.toContain(secret);
    // The link still works, so the secret is kept (sealed) for an operator's retry.
    expect(failed.sealedSecret).toBeTruthy();
    expect(smtp.find((m) => m.to.includes('busy@example.org'))).toEqual([]);

    const admin = harness.app.get(OutboxAdmin);
    const page = await runner.run({ networkOperator: true }, (em) => admin.listFailed(em));
    expect(page.messages.map((m) => m.id)).toContain(id);

    smtp.accept();
    const retried = await runner.run({ networkOperator: true }, (em) => admin.retry(em, id));
    expect(retried?.status).toBe(OutboxStatus.Pending);
    await relay.tick();

    const mail = await smtp.waitFor((m) => m.to.includes('busy@example.org'));
    expect(mail.text).toContain(`/sign-in/link?token=${secret}`);
    const sent = await waitForStatus(runner, id, OutboxStatus.Sent);
    expect(sent).toMatchObject({ attempts: 1, sealedSecret: null });
  });

  it('recovers when the server accepts again before the attempts run out', async () => {
    smtp.reject(451, 'Greylisted, come back later', 1);
    const id = await queue(signInLink('flaky@example.org', 'flaky-secret'));
    await relay.tick();
    await smtp.waitFor((m) => m.to.includes('flaky@example.org'));
    const sent = await waitForStatus(runner, id, OutboxStatus.Sent);
    expect(sent).toMatchObject({ attempts: 2, sealedSecret: null });
    expect(sent.lastError).toMatch(/Greylisted/);
  });

  it('fails at once, without retrying, a mail that can never be rendered', async () => {
    const id = newId();
    await runner.run({ system: true }, (em) =>
      em.execute(
        `insert into outbox_message (id, created_at, updated_at, tenant_id, topic, payload, sealed_secret,
                                     status, attempts, available_at)
         values (?, now(), now(), null, 'mail', ?, 'v1.x.y.z', 'pending', 0, now())`,
        [id, JSON.stringify({ template: 'newsletter', to: 'someone@example.org', locale: 'fr' })],
      ),
    );
    await relay.tick();
    const failed = await waitForStatus(runner, id, OutboxStatus.Failed);
    expect(failed).toMatchObject({ attempts: 1, sealedSecret: null });
    expect(failed.lastError).toMatch(/unknown template/);
  });

  it('fails a mail whose relevance nobody can check, after its retries', async () => {
    const id = await queue({
      ...signInLink('orphan@example.org', 'orphan-secret'),
      relevance: { kind: 'unregistered', id: newId() },
    });
    await relay.tick();
    const failed = await waitForStatus(runner, id, OutboxStatus.Failed);
    expect(failed.attempts).toBe(3);
    expect(failed.lastError).toMatch(/No mail relevance check is registered for "unregistered"/);
    expect(smtp.find((m) => m.to.includes('orphan@example.org'))).toEqual([]);
  });
});
