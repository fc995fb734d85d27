import type { INestApplicationContext } from '@nestjs/common';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { loadConfig } from '@inclusion/config';
import { TransactionRunner } from '@inclusion/database';
import { OutboxRelay } from '@inclusion/mail';
import { Application, Cohort } from '@inclusion/participants';
import type { Tenant } from '@inclusion/tenancy';
import {
  SmtpPeer,
  TEST_ADMIN_URL,
  createPrivateDatabase,
  tokenIn,
  type PrivateDatabase,
} from '@inclusion/testing';
import { createWorker } from '@inclusion/worker';
import { startApi, type ApiHarness } from './harness';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

/**
 * A person's data export and erasure, end to end. The person applies, is selected, joins, claims
 * travel costs and gets a certificate; mail goes out through the worker. After erasure, none of
 * the unique strings they gave is anywhere: in any table, the audit log, the outbox, or Redis.
 */
describe("a person's data: export and erasure", () => {
  let database: PrivateDatabase;
  let smtp: SmtpPeer;
  let api: ApiHarness;
  let worker: INestApplicationContext;
  let tenant: Tenant;
  let coordinator: string;
  let person: { token: string; tenant: string };
  let editionId: string;
  let recommendationId: string;
  let commitmentId: string;
  const run = Date.now().toString(36);
  const prefix = `test_privacy_${run}`;
  const password = 'a passphrase for Ylva';
  const unique = {
    givenName: `Ylvaxq${run}`,
    familyName: `Zbrowskiq${run}`,
    email: `ylva.${run}@example.org`,
    phone: '+33 6 12 34 56 78',
    motivation: `Motivation-${run}-mentor`,
    availability: `Evenings-${run}`,
    claim: `Bus-${run}-ticket`,
    filename: `receipt-${run}.png`,
    logbook: `Logbook-${run}-first-day`,
    elsewhere: `Elsewhere-${run}-motivation`,
    answer: `Answer-${run}-in-my-words`,
  };

  const deliver = () => worker.get(OutboxRelay).tick();

  /** Not one of `values` in any table (as the superuser, past every policy) nor in Redis. */
  const expectNowhere = async (values: string[]) => {
    const admin = new Client({
      connectionString: TEST_ADMIN_URL.replace(/\/[^/]*$/, `/${database.name}`),
    });
    await admin.connect();
    try {
      const { rows: tables } = await admin.query<{ name: string }>(
        `select quote_ident(table_name) as name from information_schema.tables
          where table_schema = 'public' and table_type = 'BASE TABLE'`,
      );
      expect(tables.map((table) => table.name)).toEqual(
        expect.arrayContaining(['application', 'audit_entry', 'outbox_message', 'app_user']),
      );
      const found: string[] = [];
      for (const { name } of tables) {
        const { rows } = await admin.query<{ text: string }>(
          `select t::text as text from ${name} t`,
        );
        for (const row of rows) {
          for (const value of values) {
            if (row.text.toLowerCase().includes(value.toLowerCase()))
              found.push(`${name}: ${value}`);
          }
        }
      }
      expect(found).toEqual([]);
    } finally {
      await admin.end();
    }

    const redis = new Redis(loadConfig().REDIS_URL);
    try {
      const keys = await redis.keys(`${prefix}*`);
      const dump: string[] = [];
      for (const key of keys) {
        const type = await redis.type(key);
        if (type === 'hash') dump.push(JSON.stringify(await redis.hgetall(key)));
        if (type === 'string') dump.push((await redis.get(key)) ?? '');
        if (type === 'list') dump.push(...(await redis.lrange(key, 0, -1)));
        if (type === 'zset') dump.push(...(await redis.zrange(key, 0, -1)));
        if (type === 'stream') dump.push(JSON.stringify(await redis.xrange(key, '-', '+')));
      }
      const text = dump.join('\n').toLowerCase();
      for (const value of values) expect(text).not.toContain(value.toLowerCase());
    } finally {
      redis.disconnect();
    }
  };

  const DASHBOARD = `query($e: ID!) { cohortDashboard(editionId: $e) { cohorts {
    cohort applicants { value } selected { value } nationalities { value }
    byStatus { category value } byNationality { category value } byGender { category value }
    languages { language levels { category value } } } } }`;
  const dashboard = () =>
    api.client.ok(DASHBOARD, { e: editionId }, { token: coordinator, tenant: tenant.slug });

  beforeAll(async () => {
    database = await createPrivateDatabase('privacy');
    smtp = await SmtpPeer.start();
    api = await startApi({
      DATABASE_URL: database.url,
      DATABASE_OWNER_URL: database.ownerUrl,
      MIGRATE_ON_START: 'true',
      SMTP_URL: smtp.url,
      OUTBOX_POLL_MS: '60000',
      QUEUE_PREFIX: prefix,
      PUBLIC_APP_URL: 'https://app.example.org',
    });
    worker = await createWorker(loadConfig());
    const f = api.factories;
    tenant = await f.newTenant();
    coordinator = await f.signIn(await f.newUser({ tenant }));
    const templateVersionId = await f.builtInTemplate(coordinator);
    const edition = await api.client.ok<{ createEdition: { id: string } }>(
      `mutation($input: CreateEditionInput!) { createEdition(input: $input) { id } }`,
      { input: { name: 'Pilot', templateVersionId, startDate: '2024-02-05' } },
      { token: coordinator, tenant: tenant.slug },
    );
    editionId = edition.createEdition.id;
    const call = await f.newCall(tenant, editionId, Cohort.Newcomers);
    // Others in the cohort, so the figures have something to keep right.
    await f.newApplications(
      call,
      ['SY', 'SY', 'AF', 'ER', 'ER', 'ER'].map((nationality) => ({ nationality })),
    );

    await api.client.ok(
      `mutation($input: ApplyToCallInput!) { applyToCall(input: $input) { received } }`,
      {
        input: {
          callId: call.id,
          givenName: unique.givenName,
          familyName: unique.familyName,
          email: unique.email,
          phone: unique.phone,
          cityOfResidence: 'Brest',
          languages: [{ language: 'sv', level: 'NATIVE' }],
          motivation: unique.motivation,
          availability: unique.availability,
          nationality: 'SE',
          administrativeStatus: 'RESIDENT',
          locale: 'en',
          consent: { given: true, privacyPolicyVersion: call.privacyPolicyVersion },
        },
      },
    );
    const runner = api.app.get(TransactionRunner);
    const application = await runner.run({ tenantId: tenant.id, system: true }, (em) =>
      em.findOneOrFail(Application, { email: unique.email }),
    );
    await api.client.ok(
      `mutation($input: DecideApplicationInput!) { decideApplication(input: $input) { id } }`,
      { input: { id: application.id, status: 'SELECTED', reason: 'Welcome' } },
      { token: coordinator, tenant: tenant.slug },
    );
    await deliver();
    const invitation = await smtp.waitFor(
      (mail) => mail.to.includes(unique.email) && mail.text.includes('invitations/accept'),
      15000,
    );
    const accepted = await api.client.ok<{ acceptInvitation: { accessToken: string } }>(
      `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`,
      { input: { token: tokenIn(invitation), password } },
    );
    person = { token: accepted.acceptInvitation.accessToken, tenant: tenant.slug };
    await api.client.ok(
      `mutation($input: SubmitExpenseClaimInput!) { submitExpenseClaim(input: $input) { id } }`,
      {
        input: {
          editionId,
          amountCents: 320,
          incurredOn: '2024-03-04',
          description: unique.claim,
          receipt: {
            filename: unique.filename,
            contentType: 'image/png',
            base64: PNG.toString('base64'),
          },
        },
      },
      person,
    );
    const text = (words: string) => ({ fr: words, en: words });
    const asCoordinator = <T>(query: string, variables: Record<string, unknown>) =>
      api.client.ok<T>(query, variables, { token: coordinator, tenant: tenant.slug });
    const questionnaire = await asCoordinator<{ createQuestionnaire: { id: string } }>(
      `mutation($input: CreateQuestionnaireInput!) { createQuestionnaire(input: $input) { id } }`,
      {
        input: {
          editionId,
          title: text('Before the training'),
          moment: 'PRE',
          cohort: 'NEWCOMERS',
          opensOn: '2020-01-01',
          closesOn: '2099-12-31',
        },
      },
    );
    const questionnaireId = questionnaire.createQuestionnaire.id;
    await asCoordinator(
      `mutation($input: SetQuestionnaireItemsInput!) { setQuestionnaireItems(input: $input) { id } }`,
      {
        input: {
          questionnaireId,
          items: [
            {
              key: 'public_speaking_ease',
              kind: 'LIKERT',
              prompt: text('At ease speaking in public'),
              scale: { lowest: text('Not at all'), highest: text('Completely') },
            },
            { key: 'comment', kind: 'FREE_TEXT', prompt: text('Anything to add?') },
          ],
        },
      },
    );
    await asCoordinator(`mutation($id: ID!) { openQuestionnaire(id: $id) { id } }`, {
      id: questionnaireId,
    });
    await api.client.ok(
      `mutation($input: SubmitQuestionnaireResponseInput!) {
         submitQuestionnaireResponse(input: $input) { questionnaireId } }`,
      {
        input: {
          questionnaireId,
          answers: [
            { itemKey: 'public_speaking_ease', likert: 2 },
            { itemKey: 'comment', text: unique.answer },
          ],
        },
      },
      person,
    );
    const activity = await asCoordinator<{ scheduleActivity: { id: string } }>(
      `mutation($input: ScheduleActivityInput!) { scheduleActivity(input: $input) { id } }`,
      {
        input: {
          editionId,
          kind: 'TRAINING_SESSION',
          track: 'NEWCOMERS',
          title: `Prise de parole ${run}`,
          startsAt: '2030-03-18T09:00:00Z',
          durationMinutes: 180,
          languages: ['fr'],
        },
      },
    );
    await api.client.ok(
      `mutation($id: ID!) { registerForActivity(activityId: $id) { id } }`,
      { id: activity.scheduleActivity.id },
      person,
    );
    await api.client.ok(
      `mutation($input: WriteLogbookEntryInput!) { writeLogbookEntry(input: $input) { id } }`,
      { input: { editionId, stepLabel: 'Training', text: unique.logbook } },
      person,
    );
    // The follow-up: the person co-writes a recommendation the city accepts, and owns a commitment.
    const written = await api.client.ok<{ createRecommendation: { id: string } }>(
      `mutation($input: CreateRecommendationInput!) { createRecommendation(input: $input) { id } }`,
      {
        input: {
          editionId,
          title: { fr: 'Accueil en plusieurs langues', en: 'A welcome in several languages' },
          body: { fr: 'Texte', en: 'Text' },
          theme: 'INFORMATION_ACCESS',
        },
      },
      person,
    );
    recommendationId = written.createRecommendation.id;
    for (const status of ['ADOPTED', 'SUBMITTED']) {
      await asCoordinator(
        `mutation($id: ID!, $s: RecommendationStatus!) { advanceRecommendation(id: $id, status: $s) { id } }`,
        { id: recommendationId, s: status },
      );
    }
    await asCoordinator(
      `mutation($input: AnswerRecommendationInput!) { answerRecommendation(input: $input) { id } }`,
      { input: { recommendationId, decision: 'ACCEPTED' } },
    );
    const me = await api.client.ok<{ me: { id: string } }>(`{ me { id } }`, {}, person);
    commitmentId = (
      await asCoordinator<{ createCommitment: { id: string } }>(
        `mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }`,
        {
          input: {
            recommendationId,
            title: { fr: 'Accueil multilingue', en: 'Multilingual welcome' },
            department: 'Accueil',
            ownerId: me.me.id,
            startDate: '2025-01-01',
            dueDate: '2026-12-31',
          },
        },
      )
    ).createCommitment.id;
    await f.newCertificate(
      await runner.run({ tenantId: tenant.id, system: true }, (em) =>
        em.findOneOrFail(Application, { email: unique.email }),
      ),
      `RC-${run.slice(-4).toUpperCase()}-0000-0000`,
    );
    // The same person applied in another city, which never selected them: no membership there.
    const other = await f.newTenant();
    const otherCoordinator = await f.signIn(await f.newUser({ tenant: other }));
    const otherEdition = await api.client.ok<{ createEdition: { id: string } }>(
      `mutation($input: CreateEditionInput!) { createEdition(input: $input) { id } }`,
      { input: { name: 'Elsewhere', templateVersionId, startDate: '2024-02-05' } },
      { token: otherCoordinator, tenant: other.slug },
    );
    const otherCall = await f.newCall(other, otherEdition.createEdition.id, Cohort.Newcomers);
    await api.client.ok(
      `mutation($input: ApplyToCallInput!) { applyToCall(input: $input) { received } }`,
      {
        input: {
          callId: otherCall.id,
          givenName: unique.givenName,
          familyName: unique.familyName,
          email: unique.email,
          cityOfResidence: 'Brest',
          languages: [{ language: 'sv', level: 'NATIVE' }],
          motivation: unique.elsewhere,
          locale: 'en',
          consent: { given: true, privacyPolicyVersion: otherCall.privacyPolicyVersion },
        },
      },
    );
    await deliver();
    await smtp.waitFor((mail) => mail.to.includes(unique.email), 15000);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await smtp?.close();
    await database?.drop();
  });

  it('exports everything held on the person, as JSON', async () => {
    const exported = await api.client.ok<{ myDataExport: string }>(`{ myDataExport }`, {}, person);
    const document = JSON.parse(exported.myDataExport) as Record<string, unknown>;
    expect(document).toMatchObject({
      account: { email: unique.email },
      memberships: [{ tenantId: tenant.id, roles: ['newcomer'] }],
    });
    for (const value of Object.values(unique)) expect(exported.myDataExport).toContain(value);
    expect(exported.myDataExport).toContain('"nationality": "SE"');
    expect(exported.myDataExport).toContain('application-received');
    expect(exported.myDataExport).toContain(`Prise de parole ${run}`);
    expect(exported.myDataExport).toContain('coauthoredRecommendations');
    expect(exported.myDataExport).toContain(recommendationId);
    expect(exported.myDataExport).toContain(commitmentId);
  });

  it('erases nothing without the password', async () => {
    const result = await api.client.request(
      `mutation { eraseMyData(input: { password: "not it at all" }) }`,
      {},
      person,
    );
    expect(result.errors?.map((error) => error.extensions?.reason)).toEqual([
      'PASSWORD_CONFIRMATION_FAILED',
    ]);
    const still = await api.client.ok<{ myApplications: unknown[] }>(
      `{ myApplications { id } }`,
      {},
      person,
    );
    expect(still.myApplications).toHaveLength(1);
  });

  it('erases the person everywhere, and the cohort figures do not move', async () => {
    const before = await dashboard();
    const erased = await api.client.ok<{ eraseMyData: boolean }>(
      `mutation($input: EraseMyDataInput!) { eraseMyData(input: $input) }`,
      { input: { password } },
      person,
    );
    expect(erased.eraseMyData).toBe(true);
    expect(await dashboard()).toEqual(before);

    // The account is closed: its session and its password no longer work.
    const me = await api.client.request(`{ me { id } }`, {}, { token: person.token });
    expect(me.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const signIn = await api.client.request(
      `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`,
      { input: { email: unique.email, password } },
    );
    expect(signIn.errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');

    await expectNowhere(Object.values(unique));

    // The recommendation and the commitment stay the city's; they no longer name the person.
    const followUp = await api.client.ok<{
      recommendation: { coauthors: unknown[] };
      commitment: { ownerId: string | null };
    }>(
      `query($r: ID!, $c: ID!) { recommendation(id: $r) { coauthors { membershipId } }
         commitment(id: $c) { ownerId } }`,
      { r: recommendationId, c: commitmentId },
      { token: coordinator, tenant: tenant.slug },
    );
    expect(followUp).toEqual({ recommendation: { coauthors: [] }, commitment: { ownerId: null } });
  });

  it('lets a city erase, on request, an applicant who never joined', async () => {
    const call = await api.factories.newCall(tenant, editionId, Cohort.PublicActors);
    const applicant = {
      givenName: `Quentinz${run}`,
      familyName: `Vauquelinz${run}`,
      email: `q.vauquelin.${run}@example.org`,
      motivation: `Agent-${run}-youth-service`,
    };
    await api.client.ok(
      `mutation($input: ApplyToCallInput!) { applyToCall(input: $input) { received } }`,
      {
        input: {
          ...applicant,
          callId: call.id,
          cityOfResidence: 'Brest',
          languages: [{ language: 'fr', level: 'NATIVE' }],
          organisation: 'Ville de Brest',
          position: 'AGENT',
          locale: 'fr',
          consent: { given: true, privacyPolicyVersion: call.privacyPolicyVersion },
        },
      },
    );
    // Selected (so invited, with an account made for them), but they never took it up.
    const runner = api.app.get(TransactionRunner);
    const row = await runner.run({ tenantId: tenant.id, system: true }, (em) =>
      em.findOneOrFail(Application, { email: applicant.email }),
    );
    await api.client.ok(
      `mutation($input: DecideApplicationInput!) { decideApplication(input: $input) { id } }`,
      { input: { id: row.id, status: 'SELECTED', reason: 'Welcome' } },
      { token: coordinator, tenant: tenant.slug },
    );
    await deliver();
    await smtp.waitFor((mail) => mail.to.includes(applicant.email), 15000);
    const before = await dashboard();
    const erased = await api.client.ok<{ erasePersonData: boolean }>(
      `mutation($input: ErasePersonInput!) { erasePersonData(input: $input) }`,
      { input: { email: applicant.email.toUpperCase() } },
      { token: coordinator, tenant: tenant.slug },
    );
    expect(erased.erasePersonData).toBe(true);
    expect(await dashboard()).toEqual(before);
    await expectNowhere(Object.values(applicant));
  });
});
