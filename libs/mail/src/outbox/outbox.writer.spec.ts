import { EntityManager } from '@mikro-orm/postgresql';
import { newId, TransactionRunner } from '@inclusion/database';
import { createPrivateDatabase, type PrivateDatabase } from '@inclusion/testing';
import { SecretSealer } from '../secrets/secret.sealer';
import { startMailTestApp, type MailTestApp } from '../testing/mail-test-app';
import { OutboxStatus } from './outbox-message.entity';
import { OutboxWriter } from './outbox.writer';
import { InvalidMailError, type QueuedMail } from './queued-mail';

interface StoredRow {
  id: string;
  tenant_id: string | null;
  topic: string;
  status: string;
  sealed_secret: string | null;
  payload: Record<string, unknown>;
}

describe('OutboxWriter', () => {
  let database: PrivateDatabase;
  let harness: MailTestApp;
  let runner: TransactionRunner;
  let writer: OutboxWriter;

  const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
  const signInLink = (to: string, secret = `secret-${newId()}`): QueuedMail => ({
    tenantId: null,
    template: 'sign-in-link',
    to,
    locale: 'en',
    params: { displayName: 'Samir', expiresAt },
    secret,
  });

  beforeAll(async () => {
    database = await createPrivateDatabase('writer');
    harness = await startMailTestApp({ env: { DATABASE_URL: database.url } });
    runner = harness.app.get(TransactionRunner);
    writer = harness.app.get(OutboxWriter);
  });

  afterAll(async () => {
    await harness?.close();
    await database?.drop();
  });

  const readRow = (id: string) =>
    runner.run({ system: true }, async (em) => {
      const rows = await em.execute<StoredRow[]>('select * from outbox_message where id = ?', [id]);
      return rows[0] ?? null;
    });

  it('writes the row in the caller’s transaction, secret sealed, payload without it', async () => {
    const secret = `secret-${newId()}`;
    const id = await runner.run(
      {},
      async (em) => writer.queueMail(em, signInLink('a@example.org', secret)).id,
    );

    const row = await readRow(id);
    expect(row).toMatchObject({
      tenant_id: null,
      topic: 'mail',
      status: OutboxStatus.Pending,
      payload: {
        template: 'sign-in-link',
        to: 'a@example.org',
        locale: 'en',
        params: { displayName: 'Samir', expiresAt },
        relevance: null,
      },
    });
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(harness.app.get(SecretSealer).unseal(row!.sealed_secret!, id)).toBe(secret);
  });

  it('writes nothing when the caller’s transaction rolls back', async () => {
    let id = '';
    await expect(
      runner.run({}, async (em) => {
        id = writer.queueMail(em, signInLink('b@example.org')).id;
        await em.flush();
        throw new Error('the domain change failed');
      }),
    ).rejects.toThrow('the domain change failed');
    expect(id).not.toBe('');
    expect(await readRow(id)).toBeNull();
  });

  it('writes a tenant’s mail under that tenant, and row-level security refuses another’s', async () => {
    const tenantId = newId();
    const mail: QueuedMail = {
      tenantId,
      template: 'invitation',
      to: 'c@example.org',
      locale: 'fr',
      params: { tenantName: 'Lyon', inviterName: null, roleLabels: [], expiresAt },
      secret: 'invitation-secret',
      relevance: { kind: 'invitation', id: newId() },
      timeZone: 'Europe/Paris',
    };
    const id = await runner.run({ tenantId }, async (em) => writer.queueMail(em, mail).id);
    expect(await readRow(id)).toMatchObject({
      tenant_id: tenantId,
      payload: { relevance: mail.relevance, timeZone: 'Europe/Paris' },
    });

    await expect(
      runner.run({ tenantId: newId() }, async (em) => {
        writer.queueMail(em, mail);
      }),
    ).rejects.toThrow(/row-level security/);
  });

  it.each([
    ['two recipients', { to: 'a@example.org, b@example.org' }],
    ['a recipient with a line break', { to: 'a@example.org\r\nBcc: b@example.org' }],
    ['no secret for the link', { secret: undefined }],
    ['an expiry that is no instant', { params: { displayName: 'Samir', expiresAt: 'tomorrow' } }],
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }],
    ['an unknown template', { template: 'newsletter' }],
  ])('refuses a mail with %s before writing anything', async (_case, change) => {
    const mail = { ...signInLink('d@example.org'), ...change } as QueuedMail;
    expect(() => writer.queueMail(harness.app.get(EntityManager).fork(), mail)).toThrow(
      InvalidMailError,
    );
  });
});
