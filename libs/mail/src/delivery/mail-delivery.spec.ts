import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Queue } from 'bullmq';
import { APP_CONFIG } from '@inclusion/config';
import { newId, TransactionRunner } from '@inclusion/database';
import { createPrivateDatabase, SmtpPeer, type PrivateDatabase } from '@inclusion/testing';
import { OutboxStatus } from '../outbox/outbox-message.entity';
import { OutboxWriter } from '../outbox/outbox.writer';
import type { QueuedMail } from '../outbox/queued-mail';
import { startMailTestApp, type MailTestApp } from '../testing/mail-test-app';
import { readOutbox, waitForStatus } from '../testing/outbox-rows';
import { MAIL_JOB, MAIL_QUEUE, type MailJobData } from './mail-queue';
import type { MailRelevanceCheck } from './mail-relevance-check';
import { OutboxRelay, type RelayConfig } from './outbox.relay';

@Injectable()
class ProjectInvitationCheck implements MailRelevanceCheck {
  readonly kind = 'project-invitation';
  readonly withdrawn = new Set<string>();
  readonly scopes: { tenant: string; system: string }[] = [];

  async isStillRelevant(em: EntityManager, id: string): Promise<boolean> {
    const [scope] = await em.execute<{ tenant: string; system: string }[]>(
      `select current_setting('app.tenant_id', true) as tenant,
              current_setting('app.system', true) as system`,
    );
    this.scopes.push(scope);
    return !this.withdrawn.has(id);
  }
}

describe('mail delivery, from the outbox through Redis to an SMTP server', () => {
  let database: PrivateDatabase;
  let smtp: SmtpPeer;
  let harness: MailTestApp;
  let runner: TransactionRunner;
  let relay: OutboxRelay;
  const tenantId = newId();
  const inOneDay = () => new Date(Date.now() + 86_400_000).toISOString();

  beforeAll(async () => {
    [database, smtp] = await Promise.all([createPrivateDatabase('delivery'), SmtpPeer.start()]);
    harness = await startMailTestApp({
      env: {
        DATABASE_URL: database.url,
        SMTP_URL: smtp.url,
        PUBLIC_APP_URL: 'https://app.example.org',
        QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}_delivery_${randomBytes(4).toString('hex')}`,
        // The tests tick the relay themselves.
        OUTBOX_POLL_MS: '60000',
        MAIL_RETRY_BASE_MS: '20',
      },
      delivery: { relevanceChecks: [ProjectInvitationCheck] },
    });
    runner = harness.app.get(TransactionRunner);
    relay = harness.app.get(OutboxRelay);
  });

  afterAll(async () => {
    await harness?.close();
    await smtp?.close();
    await database?.drop();
  });

  const queue = (mail: QueuedMail): Promise<string> =>
    runner.run(
      { tenantId: mail.tenantId },
      async (em) => harness.app.get(OutboxWriter).queueMail(em, mail).id,
    );

  const invitation = (locale: 'fr' | 'en', to: string, secret: string): QueuedMail => ({
    tenantId,
    template: 'invitation',
    to,
    locale,
    params: {
      tenantName: 'Grenoble-Alpes Métropole',
      inviterName: 'Awa Diallo',
      roleLabels: locale === 'fr' ? ['Animation'] : ['Facilitator'],
      expiresAt: inOneDay(),
    },
    secret,
    relevance: { kind: 'project-invitation', id: newId() },
  });

  const signInLink = (to: string): QueuedMail => ({
    tenantId: null,
    template: 'sign-in-link',
    to,
    locale: 'en',
    params: { displayName: 'Samir', expiresAt: inOneDay() },
    secret: randomBytes(32).toString('base64url'),
  });

  it('delivers an invitation in French, its link carrying the secret, then wipes the secret', async () => {
    const secret = randomBytes(32).toString('base64url');
    const id = await queue(invitation('fr', 'fr@example.org', secret));
    const stored = await readOutbox(runner, id);
    expect(stored?.sealedSecret).toBeTruthy();
    expect(stored?.sealedSecret).not.toContain(secret);

    expect(await relay.tick()).toBe(1);
    const mail = await smtp.waitFor((m) => m.to.includes('fr@example.org'));
    const link = `https://app.example.org/invitations/accept?token=${secret}`;
    expect(mail.subject).toBe('Invitation à rejoindre Grenoble-Alpes Métropole');
    expect(mail.text).toContain('Awa Diallo vous invite');
    expect(mail.text).toContain(link);
    expect(mail.html).toContain(`href="${link}"`);
    expect(mail.headers.from).toContain('no-reply@inclusive-cities.local');
    expect(mail.headers['message-id']).toBe(`<${id}@inclusive-cities.local>`);

    const sent = await waitForStatus(runner, id, OutboxStatus.Sent);
    expect(sent).toMatchObject({ attempts: 1, sealedSecret: null, lastError: null });
    expect(sent.processedAt).toBeInstanceOf(Date);
    expect(harness.app.get(ProjectInvitationCheck).scopes).toContainEqual({
      tenant: tenantId,
      system: 'on',
    });
  });

  it('delivers the same invitation in English', async () => {
    const secret = randomBytes(32).toString('base64url');
    const id = await queue(invitation('en', 'en@example.org', secret));
    await relay.tick();
    const mail = await smtp.waitFor((m) => m.to.includes('en@example.org'));
    expect(mail.subject).toBe('You are invited to join Grenoble-Alpes Métropole');
    expect(mail.text).toContain('Your role: Facilitator.');
    expect(mail.text).toContain(`https://app.example.org/invitations/accept?token=${secret}`);
    await waitForStatus(runner, id, OutboxStatus.Sent);
  });

  it('skips, without sending, a mail whose subject is no longer relevant', async () => {
    const mail = invitation('fr', 'withdrawn@example.org', 'withdrawn-secret');
    harness.app.get(ProjectInvitationCheck).withdrawn.add(mail.relevance!.id);
    const id = await queue(mail);
    await relay.tick();
    const skipped = await waitForStatus(runner, id, OutboxStatus.Skipped);
    expect(skipped).toMatchObject({ sealedSecret: null, lastError: null });
    expect(smtp.find((m) => m.to.includes('withdrawn@example.org'))).toEqual([]);
  });

  it('skips a mail whose link expired before it could leave', async () => {
    const mail = signInLink('late@example.org');
    (mail.params as { expiresAt: string }).expiresAt = new Date(Date.now() - 1000).toISOString();
    const id = await queue(mail);
    await relay.tick();
    const skipped = await waitForStatus(runner, id, OutboxStatus.Skipped);
    expect(skipped.sealedSecret).toBeNull();
    expect(skipped.lastError).toMatch(/Too late/);
    expect(smtp.find((m) => m.to.includes('late@example.org'))).toEqual([]);
  });

  it('sends each mail once, however many relays tick at the same time', async () => {
    const addresses = ['one', 'two', 'three', 'four'].map((n) => `${n}@example.org`);
    const ids = await Promise.all(addresses.map((to) => queue(signInLink(to))));
    const otherWorker = new OutboxRelay(
      runner,
      harness.app.get<Queue<MailJobData>>(getQueueToken(MAIL_QUEUE)),
      harness.app.get<RelayConfig>(APP_CONFIG),
    );
    const claimed = await Promise.all([relay.tick(), otherWorker.tick(), relay.tick()]);
    expect(claimed.reduce((sum, count) => sum + count, 0)).toBe(ids.length);
    expect(await relay.tick()).toBe(0);

    await Promise.all(ids.map((id) => waitForStatus(runner, id, OutboxStatus.Sent)));
    // A late duplicate job for a sent row (a requeue racing the end of delivery) sends nothing.
    const mailQueue = harness.app.get<Queue<MailJobData>>(getQueueToken(MAIL_QUEUE));
    const jobState = () => mailQueue.getJobState(ids[0]);
    await until(async () => (await jobState()) === 'unknown');
    await mailQueue.add(MAIL_JOB, { outboxId: ids[0], tenantId: null }, { jobId: ids[0] });
    await until(async () => (await jobState()) === 'completed');
    expect((await mailQueue.getJob(ids[0]))?.returnvalue).toBe('settled');
    for (const to of addresses) expect(smtp.find((m) => m.to.includes(to))).toHaveLength(1);
  });

  it('sends a mail again under the same Message-ID, for the receiver to recognise it', async () => {
    const id = await queue({
      tenantId,
      template: 'commitment-reminder',
      to: 'twice@example.org',
      locale: 'en',
      params: {
        displayName: 'Awa',
        tenantName: 'Grenoble-Alpes Métropole',
        validUntil: inOneDay(),
        commitments: [
          {
            title: 'A welcome desk',
            dueDate: '2026-01-15',
            attention: 'overdue',
            progress: 40,
            lastUpdateOn: '2025-12-01',
          },
        ],
      },
    });
    await relay.tick();
    await waitForStatus(runner, id, OutboxStatus.Sent);
    // As after a worker killed between the server's acceptance and the commit: the row pending
    // again (a mail without a link: a link's secret is wiped with the first send).
    const mailQueue = harness.app.get<Queue<MailJobData>>(getQueueToken(MAIL_QUEUE));
    await until(async () => (await mailQueue.getJobState(id)) === 'unknown');
    await runner.run({ system: true }, (em) =>
      em.execute(`update outbox_message set status = 'pending' where id = ?`, [id]),
    );
    await relay.tick();
    await waitForStatus(runner, id, OutboxStatus.Sent);
    const copies = smtp.find((m) => m.to.includes('twice@example.org'));
    expect(copies).toHaveLength(2);
    expect(copies.map((m) => m.headers['message-id'])).toEqual([
      `<${id}@inclusive-cities.local>`,
      `<${id}@inclusive-cities.local>`,
    ]);
  });

  it('enqueues again a row whose job was lost, so nothing is left behind', async () => {
    const id = await queue(signInLink('lost@example.org'));
    await runner.run({ system: true }, (em) =>
      em.execute(
        `update outbox_message set status = 'enqueued', enqueued_at = now() - interval '1 hour'
          where id = ?`,
        [id],
      ),
    );
    expect(await relay.tick()).toBe(1);
    await smtp.waitFor((m) => m.to.includes('lost@example.org'));
    await waitForStatus(runner, id, OutboxStatus.Sent);
  });
});

async function until(condition: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('Condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
