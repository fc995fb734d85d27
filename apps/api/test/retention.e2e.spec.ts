import type { INestApplicationContext } from '@nestjs/common';
import { Client } from 'pg';
import { loadConfig } from '@inclusion/config';
import { OutboxRelay } from '@inclusion/mail';
import { Cohort } from '@inclusion/participants';
import { RetentionService } from '@inclusion/privacy';
import type { Tenant } from '@inclusion/tenancy';
import {
  SmtpPeer,
  TEST_ADMIN_URL,
  createPrivateDatabase,
  type PrivateDatabase,
} from '@inclusion/testing';
import { createWorker } from '@inclusion/worker';
import { startApi, type ApiHarness } from './harness';

/**
 * Retention, run by the worker: a year after an edition ended its participants' personal data
 * goes, and a month before, the city's coordinators are told. Figures stay; nothing happens twice.
 */
describe('retention of participants’ data', () => {
  let database: PrivateDatabase;
  let smtp: SmtpPeer;
  let api: ApiHarness;
  let worker: INestApplicationContext;
  let tenant: Tenant;
  let token: string;
  let coordinatorEmail: string;
  let editionId: string;
  const run = Date.now().toString(36);

  const DAY = 86_400_000;
  const day = (offset: number) => new Date(Date.now() + offset * DAY);
  const calendar = (date: Date) => date.toISOString().slice(0, 10);
  // The edition ended so long ago that its data goes in thirty days: the warning is due today.
  const endedOn = calendar(day(30 - 365));
  const eraseOn = day(30);
  const scan = (offset: number) => worker.get(RetentionService).scan(day(offset));
  const asCoordinator = <T>(query: string, variables: Record<string, unknown> = {}) =>
    api.client.ok<T>(query, variables, { token, tenant: tenant.slug });
  const DASHBOARD = `query($e: ID!) { cohortDashboard(editionId: $e) { cohorts {
    applicants { value } selected { value } nationalities { value }
    byNationality { category value } byStatus { category value } } } }`;
  const APPLICATIONS = `query($f: ApplicationFilterInput!) {
    applications(filter: $f, first: 100) { edges { node { id } } } }`;

  beforeAll(async () => {
    database = await createPrivateDatabase('retention');
    smtp = await SmtpPeer.start();
    api = await startApi({
      DATABASE_URL: database.url,
      DATABASE_OWNER_URL: database.ownerUrl,
      MIGRATE_ON_START: 'true',
      SMTP_URL: smtp.url,
      OUTBOX_POLL_MS: '60000',
      RETENTION_SCAN_MS: '86400000',
      QUEUE_PREFIX: `test_retention_${run}`,
    });
    worker = await createWorker(loadConfig());
    const f = api.factories;
    tenant = await f.newTenant({ name: 'Besançon' });
    const coordinator = await f.newUser({ tenant });
    coordinatorEmail = coordinator.email;
    token = await f.signIn(coordinator);
    const templateVersionId = await f.builtInTemplate(token);
    const edition = await asCoordinator<{ createEdition: { id: string } }>(
      `mutation($input: CreateEditionInput!) { createEdition(input: $input) { id } }`,
      { input: { name: 'Resilient Cities 2024', templateVersionId, startDate: '2024-02-05' } },
    );
    editionId = edition.createEdition.id;
    await f.newApplications(
      await f.newCall(tenant, editionId, Cohort.Newcomers),
      ['SY', 'SY', 'AF', 'AF', 'AF', 'ER', 'UA'].map((nationality) => ({ nationality })),
    );
    await complete(editionId, endedOn);
  });

  /** Every phase of the edition done, the last one on `endedOn` (as the superuser, past RLS). */
  const complete = async (id: string, endedOn: string) => {
    const admin = new Client({
      connectionString: TEST_ADMIN_URL.replace(/\/[^/]*$/, `/${database.name}`),
    });
    await admin.connect();
    try {
      await admin.query(`update edition set status = 'completed' where id = $1`, [id]);
      await admin.query(
        `update edition_phase set status = 'done', actual_start = planned_start,
                actual_end = least(planned_end, $2::date) where edition_id = $1`,
        [id, endedOn],
      );
      await admin.query(
        `update edition_phase set actual_end = $2
          where edition_id = $1 and position = (select max(position) from edition_phase
                                                 where edition_id = $1)`,
        [id, endedOn],
      );
    } finally {
      await admin.end();
    }
  };

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await smtp?.close();
    await database?.drop();
  });

  it('does nothing before the warning is due', async () => {
    expect(await scan(-25)).toEqual({ warned: 0, erased: 0 });
  });

  it('warns the coordinators a month before, once, in their language', async () => {
    expect(await scan(0)).toEqual({ warned: 1, erased: 0 });
    expect(await scan(1)).toEqual({ warned: 0, erased: 0 });
    await worker.get(OutboxRelay).tick();
    const mail = await smtp.waitFor((m) => m.to.includes(coordinatorEmail), 15000);
    expect(mail.subject).toBe('Effacement prévu des données : Resilient Cities 2024');
    const french = new Intl.DateTimeFormat('fr-FR', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${calendar(eraseOn)}T00:00:00Z`));
    expect(mail.text.replace(/\s+/g, ' ')).toContain(french);
  });

  it('erases the participants once the year is over, and the figures stay', async () => {
    const before = await asCoordinator(DASHBOARD, { e: editionId });
    expect(
      (
        await asCoordinator<{ applications: { edges: unknown[] } }>(APPLICATIONS, {
          f: { editionId },
        })
      ).applications.edges,
    ).toHaveLength(7);
    expect(await scan(29)).toEqual({ warned: 0, erased: 0 });
    expect(await scan(30)).toEqual({ warned: 0, erased: 1 });
    expect(
      (
        await asCoordinator<{ applications: { edges: unknown[] } }>(APPLICATIONS, {
          f: { editionId },
        })
      ).applications.edges,
    ).toEqual([]);
    expect(await asCoordinator(DASHBOARD, { e: editionId })).toEqual(before);
    expect(await scan(31)).toEqual({ warned: 0, erased: 0 });
  });

  it('warns first, and waits, for an edition it sees only after its date', async () => {
    const old = await asCoordinator<{ createEdition: { id: string } }>(
      `mutation($input: CreateEditionInput!) { createEdition(input: $input) { id } }`,
      {
        input: {
          name: 'Résilience 2022',
          templateVersionId: await api.factories.builtInTemplate(token),
          startDate: '2022-01-03',
        },
      },
    );
    await complete(old.createEdition.id, calendar(day(-800)));
    await api.factories.newApplications(
      await api.factories.newCall(tenant, old.createEdition.id, Cohort.Newcomers),
      [{ nationality: 'SY' }],
    );
    expect(await scan(40)).toEqual({ warned: 1, erased: 0 });
    expect(await scan(69)).toEqual({ warned: 0, erased: 0 });
    expect(await scan(70)).toEqual({ warned: 0, erased: 1 });
  });
});
