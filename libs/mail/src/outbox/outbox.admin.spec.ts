import type { EntityManager } from '@mikro-orm/postgresql';
import { newId, TransactionRunner } from '@inclusion/database';
import { createPrivateDatabase, type PrivateDatabase } from '@inclusion/testing';
import { startMailTestApp, type MailTestApp } from '../testing/mail-test-app';
import { OutboxMessage, OutboxStatus } from './outbox-message.entity';
import { InvalidOutboxCursorError, OutboxAdmin } from './outbox.admin';
import { OutboxWriter } from './outbox.writer';

describe('OutboxAdmin', () => {
  let database: PrivateDatabase;
  let harness: MailTestApp;
  let runner: TransactionRunner;
  let admin: OutboxAdmin;
  const failed: string[] = [];
  let pending: string;

  const asOperator = <T>(work: (em: EntityManager) => Promise<T>) =>
    runner.run({ networkOperator: true }, work);

  async function queue(tenantId: string | null, status: OutboxStatus): Promise<string> {
    return runner.run({ tenantId }, async (em) => {
      const message = harness.app.get(OutboxWriter).queueMail(em, {
        tenantId,
        template: 'password-reset',
        to: 'someone@example.org',
        locale: 'fr',
        params: { displayName: 'Samir', expiresAt: new Date(Date.now() + 3_600_000).toISOString() },
        secret: 'reset-secret',
      });
      message.status = status;
      message.attempts = status === OutboxStatus.Failed ? 6 : 0;
      message.lastError = status === OutboxStatus.Failed ? '451: Mailbox busy' : null;
      return message.id;
    });
  }

  beforeAll(async () => {
    database = await createPrivateDatabase('admin');
    harness = await startMailTestApp({ env: { DATABASE_URL: database.url } });
    runner = harness.app.get(TransactionRunner);
    admin = harness.app.get(OutboxAdmin);
    for (const tenant of [newId(), null, newId(), newId(), null]) {
      failed.push(await queue(tenant, OutboxStatus.Failed));
    }
    pending = await queue(null, OutboxStatus.Pending);
  });

  afterAll(async () => {
    await harness?.close();
    await database?.drop();
  });

  it('lists the failed mails of every tenant, newest first, page after page', async () => {
    const newestFirst = [...failed].reverse();
    const first = await asOperator((em) => admin.listFailed(em, { first: 2 }));
    expect(first.messages.map((m) => m.id)).toEqual(newestFirst.slice(0, 2));
    expect(first).toMatchObject({ hasNextPage: true, endCursor: newestFirst[1] });
    expect(first.messages[0]).toMatchObject({ attempts: 6, lastError: '451: Mailbox busy' });

    const second = await asOperator((em) =>
      admin.listFailed(em, { first: 2, after: first.endCursor }),
    );
    expect(second.messages.map((m) => m.id)).toEqual(newestFirst.slice(2, 4));

    const last = await asOperator((em) =>
      admin.listFailed(em, { first: 2, after: second.endCursor }),
    );
    expect(last.messages.map((m) => m.id)).toEqual(newestFirst.slice(4));
    expect(last.hasNextPage).toBe(false);
  });

  it('caps the page size and refuses a cursor that is no id', async () => {
    const page = await asOperator((em) => admin.listFailed(em, { first: 10_000 }));
    expect(page.messages).toHaveLength(failed.length);
    const none = await asOperator((em) => admin.listFailed(em, { first: 0 }));
    expect(none.messages).toHaveLength(1);
    await expect(
      asOperator((em) => admin.listFailed(em, { after: "' or 1=1 --" })),
    ).rejects.toThrow(InvalidOutboxCursorError);
  });

  it('shows nothing to a transaction that is not the network operator’s', async () => {
    const page = await runner.run({ tenantId: newId() }, (em) => admin.listFailed(em));
    expect(page.messages).toEqual([]);
  });

  it('puts a failed mail back in line, once', async () => {
    const id = failed[0];
    const retried = await asOperator((em) => admin.retry(em, id));
    expect(retried).toMatchObject({ id, status: OutboxStatus.Pending, attempts: 0 });

    const stored = await runner.run({ system: true }, (em) => em.findOneOrFail(OutboxMessage, id));
    expect(stored).toMatchObject({ status: OutboxStatus.Pending, attempts: 0, enqueuedAt: null });
    expect(stored.availableAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(stored.sealedSecret).toBeTruthy();

    expect(await asOperator((em) => admin.retry(em, id))).toBeNull();
  });

  it('retries nothing that is not a failed mail', async () => {
    expect(await asOperator((em) => admin.retry(em, pending))).toBeNull();
    expect(await asOperator((em) => admin.retry(em, newId()))).toBeNull();
    expect(await asOperator((em) => admin.retry(em, 'not-an-id'))).toBeNull();
  });
});
