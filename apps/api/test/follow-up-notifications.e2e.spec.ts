import type { INestApplicationContext } from '@nestjs/common';
import { Client } from 'pg';
import { loadConfig } from '@inclusion/config';
import {
  CommitmentRemindersService,
  NetworkSummariesService,
  TenantDigestsService,
} from '@inclusion/follow-up';
import { MembershipRole, type User } from '@inclusion/identity';
import { OutboxRelay } from '@inclusion/mail';
import type { Tenant } from '@inclusion/tenancy';
import { SmtpPeer, createPrivateDatabase, type PrivateDatabase } from '@inclusion/testing';
import { createWorker } from '@inclusion/worker';
import { startApi, type ApiHarness } from './harness';

const DAY = 86_400_000;
const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);
const text = (words: string) => ({ fr: `${words} (fr)`, en: words });

/**
 * Reminders, digests and the network's summary: queued through the outbox once per person and
 * period (however often, and by however many workers, the scan runs), at the frequency each
 * person chose, in their language, and sent over SMTP.
 */
describe('follow-up reminders and digests', () => {
  let database: PrivateDatabase;
  let smtp: SmtpPeer;
  let api: ApiHarness;
  let worker: INestApplicationContext;
  let city: Tenant;
  let people: Record<string, User>;
  let tokens: Record<string, string>;
  let operator: User;

  const as = <T = Record<string, unknown>>(
    who: string,
    query: string,
    variables: Record<string, unknown> = {},
  ) => api.client.ok<T>(query, variables, { token: tokens[who], tenant: city.slug });

  beforeAll(async () => {
    database = await createPrivateDatabase('follow_up_mail');
    smtp = await SmtpPeer.start();
    api = await startApi({
      DATABASE_URL: database.url,
      DATABASE_OWNER_URL: database.ownerUrl,
      MIGRATE_ON_START: 'true',
      SMTP_URL: smtp.url,
      OUTBOX_POLL_MS: '60000',
      FOLLOW_UP_SCAN_MS: '3600000',
      QUEUE_PREFIX: `test_follow_up_${Date.now().toString(36)}`,
    });
    worker = await createWorker(loadConfig());
    city = await api.factories.newTenant({ name: 'Ville de Rennes' });
    ({ people, tokens } = await api.factories.cast(city, {
      coordinator: MembershipRole.Coordinator,
      official: MembershipRole.Observer,
      quiet: MembershipRole.Observer,
    }));
    operator = await api.factories.newUser({ networkOperator: true });
    tokens.operator = await api.factories.signIn(operator);

    // The official reads English; the quiet one wants no reminders.
    await api.client.ok(
      `mutation { updateMyProfile(input: { locale: en }) { id } }`,
      {},
      { token: tokens.official },
    );
    const chosen = await api.client.ok<{
      setNotificationPreference: { kind: string; frequency: string; isDefault: boolean }[];
    }>(
      `mutation { setNotificationPreference(kind: COMMITMENT_REMINDERS, frequency: NONE) {
         kind frequency isDefault } }`,
      {},
      { token: tokens.quiet },
    );
    expect(chosen.setNotificationPreference).toEqual([
      { kind: 'COMMITMENT_REMINDERS', frequency: 'NONE', isDefault: false },
      { kind: 'TENANT_DIGEST', frequency: 'WEEKLY', isDefault: true },
      { kind: 'NETWORK_SUMMARY', frequency: 'MONTHLY', isDefault: true },
    ]);

    const templateVersionId = await api.factories.builtInTemplate(tokens.coordinator);
    const { createEdition } = await as<{ createEdition: { id: string } }>(
      'coordinator',
      `mutation($input: CreateEditionInput!) { createEdition(input: $input) { id } }`,
      { input: { name: 'Pilote', templateVersionId, startDate: '2025-06-02' } },
    );
    const { createRecommendation } = await as<{ createRecommendation: { id: string } }>(
      'coordinator',
      `mutation($input: CreateRecommendationInput!) { createRecommendation(input: $input) { id } }`,
      {
        input: {
          editionId: createEdition.id,
          title: text('Plain-language letters'),
          body: text('Write to residents plainly'),
          theme: 'INFORMATION_ACCESS',
        },
      },
    );
    for (const status of ['ADOPTED', 'SUBMITTED']) {
      await as(
        'coordinator',
        `mutation($id: ID!, $s: RecommendationStatus!) { advanceRecommendation(id: $id, status: $s) { id } }`,
        { id: createRecommendation.id, s: status },
      );
    }
    await as(
      'coordinator',
      `mutation($input: AnswerRecommendationInput!) { answerRecommendation(input: $input) { id } }`,
      { input: { recommendationId: createRecommendation.id, decision: 'ACCEPTED' } },
    );
    const commit = (title: string, owner: string, startDate: string, dueDate: string) =>
      as(
        'coordinator',
        `mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }`,
        {
          input: {
            recommendationId: createRecommendation.id,
            title: text(title),
            department: 'Relations usagers',
            ownerId: people[owner].id,
            startDate,
            dueDate,
          },
        },
      );
    await commit('Rewrite the tax letters', 'official', isoDay(-100), isoDay(5));
    await commit('Train the front desks', 'official', isoDay(-200), isoDay(-10));
    await commit('Far away', 'official', isoDay(-10), isoDay(300));
    await commit('Quiet one’s', 'quiet', isoDay(-200), isoDay(-3));
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await smtp?.close();
    await database?.drop();
  });

  it('reminds each owner once per period, of what needs them, in their language', async () => {
    const reminders = worker.get(CommitmentRemindersService);
    const now = new Date();
    expect(await reminders.queueDue(now)).toBe(1);
    expect(await reminders.queueDue(now)).toBe(0);
    // Two workers at the same moment of a later week: one mail between them.
    const nextWeek = new Date(now.getTime() + 7 * DAY);
    const both = await Promise.all([reminders.queueDue(nextWeek), reminders.queueDue(nextWeek)]);
    expect(both[0] + both[1]).toBe(1);

    await worker.get(OutboxRelay).tick();
    const mail = await smtp.waitFor((m) => m.to.includes(people.official.email), 15000);
    expect(mail.subject).toMatch(/2 commitments to update/);
    expect(mail.text).toMatch(/Rewrite the tax letters/);
    expect(mail.text).toMatch(/Train the front desks/);
    expect(mail.text).not.toMatch(/Far away/);
    expect(smtp.find((m) => m.to.includes(people.quiet.email))).toEqual([]);
  });

  it('sums up the city for its coordinators, once per period', async () => {
    // Another city's published commitment, updated last week: public, and not Rennes's business.
    const vannes = await api.factories.newTenant({ name: 'Ville de Vannes' });
    const other = await api.factories.cast(vannes, { coordinator: MembershipRole.Coordinator });
    const inVannes = <T = Record<string, unknown>>(
      query: string,
      variables: Record<string, unknown>,
    ) =>
      api.client.ok<T>(query, variables, { token: other.tokens.coordinator, tenant: vannes.slug });
    const templateVersionId = await api.factories.builtInTemplate(other.tokens.coordinator);
    const edition = await inVannes<{ createEdition: { id: string } }>(
      `mutation($input: CreateEditionInput!) { createEdition(input: $input) { id } }`,
      { input: { name: 'Pilote', templateVersionId, startDate: '2025-06-02' } },
    );
    const recommendation = await inVannes<{ createRecommendation: { id: string } }>(
      `mutation($input: CreateRecommendationInput!) { createRecommendation(input: $input) { id } }`,
      {
        input: {
          editionId: edition.createEdition.id,
          title: text('Vannes'),
          body: text('Vannes'),
          theme: 'PARTICIPATION',
        },
      },
    );
    const recommendationId = recommendation.createRecommendation.id;
    for (const status of ['ADOPTED', 'SUBMITTED']) {
      await inVannes(
        `mutation($id: ID!, $s: RecommendationStatus!) { advanceRecommendation(id: $id, status: $s) { id } }`,
        { id: recommendationId, s: status },
      );
    }
    await inVannes(
      `mutation($input: AnswerRecommendationInput!) { answerRecommendation(input: $input) { id } }`,
      { input: { recommendationId, decision: 'ACCEPTED' } },
    );
    const commitment = await inVannes<{ createCommitment: { id: string } }>(
      `mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }`,
      {
        input: {
          recommendationId,
          title: text('Vannes public'),
          department: 'Citoyenneté',
          ownerId: other.people.coordinator.id,
          startDate: isoDay(-30),
          dueDate: isoDay(300),
        },
      },
    );
    await inVannes(`mutation($id: ID!) { publishCommitment(id: $id, published: true) { id } }`, {
      id: commitment.createCommitment.id,
    });
    const owner = new Client({ connectionString: database.ownerUrl });
    await owner.connect();
    try {
      await owner.query('begin');
      await owner.query(`select set_config('app.tenant_id', $1, true)`, [vannes.id]);
      await owner.query(
        `update commitment_update set created_at = date_trunc('week', now()) - interval '3 days'
          where commitment_id = $1`,
        [commitment.createCommitment.id],
      );
      await owner.query('commit');
    } finally {
      await owner.end();
    }

    const digests = worker.get(TenantDigestsService);
    // One for each city's coordinator, then none until the next period.
    expect(await digests.queueDue()).toBe(2);
    expect(await digests.queueDue()).toBe(0);
    await worker.get(OutboxRelay).tick();
    const mail = await smtp.waitFor((m) => m.to.includes(people.coordinator.email), 15000);
    expect(mail.text).toMatch(/Ville de Rennes/);
    expect(mail.text).toMatch(/Train the front desks \(fr\)/);
    expect(mail.text).toMatch(/Aucune mise à jour d’avancement/);
    const theirs = await smtp.waitFor((m) => m.to.includes(other.people.coordinator.email), 15000);
    expect(theirs.text).toMatch(/1 mise à jour d’avancement a été enregistrée/);
  });

  it('sends the network operator the network’s summary, monthly by default', async () => {
    const summaries = worker.get(NetworkSummariesService);
    expect(await summaries.queueDue()).toBe(1);
    expect(await summaries.queueDue()).toBe(0);
    await api.client.ok(
      `mutation { setNotificationPreference(kind: NETWORK_SUMMARY, frequency: WEEKLY) { kind } }`,
      {},
      { token: tokens.operator },
    );
    // A weekly rhythm is a period of its own: this week's summary is still to come.
    expect(await summaries.queueDue()).toBe(1);
    await worker.get(OutboxRelay).tick();
    const mail = await smtp.waitFor((m) => m.to.includes(operator.email), 15000);
    expect(mail.text).toMatch(/Ville de Rennes/);
  });
});
