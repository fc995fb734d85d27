import type { INestApplicationContext } from '@nestjs/common';
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
    const digests = worker.get(TenantDigestsService);
    expect(await digests.queueDue()).toBe(1);
    expect(await digests.queueDue()).toBe(0);
    await worker.get(OutboxRelay).tick();
    const mail = await smtp.waitFor((m) => m.to.includes(people.coordinator.email), 15000);
    expect(mail.text).toMatch(/Ville de Rennes/);
    expect(mail.text).toMatch(/Train the front desks \(fr\)/);
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
