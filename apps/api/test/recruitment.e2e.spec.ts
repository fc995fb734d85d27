import type { INestApplicationContext } from '@nestjs/common';
import { loadConfig } from '@inclusion/config';
import { MembershipRole, type User } from '@inclusion/identity';
import { OutboxRelay } from '@inclusion/mail';
import type { Tenant } from '@inclusion/tenancy';
import { SmtpPeer, createPrivateDatabase, type PrivateDatabase, tokenIn } from '@inclusion/testing';
import { createWorker } from '@inclusion/worker';
import { startApi, type ApiHarness } from './harness';

const CALL_FIELDS = `id cohort state cityName opensOn closesOn target privacyPolicyVersion
  title { fr en } eligibility { municipalities minimumLevel { level languages } }`;
const APPLICATION_FIELDS = `id status cohort givenName email nationality administrativeStatus
  languages { language level } membershipId
  eligibility { eligible checks { rule met reason } }
  decisions { fromStatus toStatus reason decidedBy { displayName } }`;

/**
 * Recruitment over real HTTP, PostgreSQL, Redis and SMTP: a coordinator opens calls, people apply
 * without an account, the rules sort them, the coordinator selects, and a selected person joins.
 */
describe('recruitment of the two cohorts', () => {
  let database: PrivateDatabase;
  let smtp: SmtpPeer;
  let api: ApiHarness;
  let worker: INestApplicationContext;
  let tenant: Tenant;
  let coordinator: User;
  let token: string;
  let editionId: string;
  let newcomersCall: string;
  let actorsCall: string;
  const run = Date.now().toString(36);

  const asCoordinator = <T>(query: string, variables: Record<string, unknown> = {}) =>
    api.client.ok<T>(query, variables, { token, tenant: tenant.slug });
  const codes = async (
    query: string,
    variables: Record<string, unknown>,
    options: { token?: string; tenant?: string } = {},
  ) =>
    ((await api.client.request(query, variables, options)).errors ?? []).map(
      (error) => error.extensions?.reason ?? error.extensions?.code,
    );
  const deliver = () => worker.get(OutboxRelay).tick();

  const APPLY = `mutation($input: ApplyToCallInput!) { applyToCall(input: $input) { received message } }`;
  const application = (overrides: Record<string, unknown> = {}) => ({
    callId: newcomersCall,
    givenName: 'Amina',
    familyName: `Haddad-${run}`,
    email: `amina-${run}@example.org`,
    cityOfResidence: 'Aubiere',
    languages: [
      { language: 'ar', level: 'NATIVE' },
      { language: 'fr', level: 'B1' },
    ],
    motivation: 'Faire entendre la voix des personnes exilées',
    availability: 'Le samedi',
    interests: ['logement', 'culture'],
    gender: 'WOMAN',
    ageBand: 'AGE_26_35',
    nationality: 'SY',
    administrativeStatus: 'REFUGEE',
    schooling: 'HIGHER',
    locale: 'en',
    consent: { given: true, privacyPolicyVersion: '2026-03' },
    ...overrides,
  });

  beforeAll(async () => {
    database = await createPrivateDatabase('recruitment');
    smtp = await SmtpPeer.start();
    const env = {
      DATABASE_URL: database.url,
      DATABASE_OWNER_URL: database.ownerUrl,
      // Syncs the built-in methodologies into the fresh database.
      MIGRATE_ON_START: 'true',
      SMTP_URL: smtp.url,
      OUTBOX_POLL_MS: '60000',
      QUEUE_PREFIX: `test_recruitment_${run}`,
      PUBLIC_APP_URL: 'https://app.example.org',
    };
    api = await startApi(env);
    worker = await createWorker(loadConfig());
    tenant = await api.factories.newTenant({ name: 'Clermont-Ferrand' });
    coordinator = await api.factories.newUser({ tenant });
    token = await api.factories.signIn(coordinator);
    const templateVersionId = await api.factories.builtInTemplate(token);
    const edition = await asCoordinator<{ createEdition: { id: string } }>(
      `mutation($input: CreateEditionInput!) { createEdition(input: $input) { id } }`,
      { input: { name: 'Resilient Cities 2026', templateVersionId, startDate: '2026-02-02' } },
    );
    editionId = edition.createEdition.id;
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await smtp?.close();
    await database?.drop();
  });

  const CREATE = `mutation($input: CreateParticipantCallInput!) {
    createParticipantCall(input: $input) { ${CALL_FIELDS} } }`;
  const callInput = (overrides: Record<string, unknown> = {}) => ({
    editionId,
    cohort: 'NEWCOMERS',
    title: { fr: 'Personnes nouvellement arrivées', en: 'Newcomers' },
    description: { fr: 'Rejoignez la cohorte', en: 'Join the cohort' },
    opensOn: '2020-01-01',
    closesOn: '2099-12-31',
    eligibility: {
      municipalities: ['Clermont-Ferrand', 'Aubière'],
      minimumLevel: { level: 'B1', languages: ['fr', 'en'] },
    },
    privacyPolicyVersion: '2026-03',
    processingPurpose: { fr: 'Sélection des cohortes', en: 'Selecting the cohorts' },
    ...overrides,
  });

  it('drafts a call per cohort, refuses a second one and impossible dates', async () => {
    const created = await asCoordinator<{ createParticipantCall: { id: string; state: string } }>(
      CREATE,
      { input: callInput() },
    );
    expect(created.createParticipantCall.state).toBe('DRAFT');
    newcomersCall = created.createParticipantCall.id;
    expect(await codes(CREATE, { input: callInput() }, { token, tenant: tenant.slug })).toEqual([
      'CALL_EXISTS',
    ]);
    expect(
      await codes(
        CREATE,
        {
          input: callInput({
            cohort: 'PUBLIC_ACTORS',
            opensOn: '2026-05-01',
            closesOn: '2026-04-01',
          }),
        },
        { token, tenant: tenant.slug },
      ),
    ).toEqual(['INVALID_DATE_RANGE']);
    const actors = await asCoordinator<{ createParticipantCall: { id: string } }>(CREATE, {
      input: callInput({
        cohort: 'PUBLIC_ACTORS',
        title: { fr: 'Acteurs publics locaux', en: 'Local public actors' },
        eligibility: null,
      }),
    });
    actorsCall = actors.createParticipantCall.id;
  });

  it('shows nothing of a draft to the public, and a published call to anyone', async () => {
    const PUBLISHED = `query($id: ID!) { publishedCall(id: $id) { ${CALL_FIELDS} } }`;
    expect(await codes(PUBLISHED, { id: newcomersCall })).toEqual(['CALL_NOT_FOUND']);
    for (const id of [newcomersCall, actorsCall]) {
      await asCoordinator(`mutation($id: ID!) { publishParticipantCall(id: $id) { id } }`, { id });
    }
    const open = await api.client.ok<{ publishedCall: Record<string, unknown> }>(PUBLISHED, {
      id: newcomersCall,
    });
    expect(open.publishedCall).toMatchObject({
      state: 'OPEN',
      cityName: 'Clermont-Ferrand',
      target: 15,
      eligibility: {
        municipalities: ['Clermont-Ferrand', 'Aubière'],
        minimumLevel: { level: 'B1', languages: ['fr', 'en'] },
      },
    });
    const listed = await api.client.ok<{ openCalls: { id: string }[] }>(
      `query($city: String!) { openCalls(city: $city) { id state } }`,
      { city: tenant.slug },
    );
    expect(listed.openCalls.map((call) => call.id).sort()).toEqual(
      [newcomersCall, actorsCall].sort(),
    );
  });

  it('takes an application without an account, checks it, and acknowledges it by mail', async () => {
    const receipt = await api.client.ok<{ applyToCall: { received: boolean; message: string } }>(
      APPLY,
      { input: application() },
    );
    expect(receipt.applyToCall).toEqual({
      received: true,
      message: 'Your application has been received. A confirmation email is on its way.',
    });
    await deliver();
    const mail = await smtp.waitFor((m) => m.to.includes(`amina-${run}@example.org`), 15000);
    expect(mail.subject).toBe('Application received: Newcomers');

    const listed = await asCoordinator<{
      applications: { edges: { node: Record<string, unknown> }[] };
    }>(
      `query($filter: ApplicationFilterInput!) {
         applications(filter: $filter) { edges { node { ${APPLICATION_FIELDS} } } } }`,
      { filter: { editionId } },
    );
    expect(listed.applications.edges).toHaveLength(1);
    expect(listed.applications.edges[0].node).toMatchObject({
      status: 'ELIGIBLE',
      nationality: 'SY',
      administrativeStatus: 'REFUGEE',
      languages: [
        { language: 'ar', level: 'NATIVE' },
        { language: 'fr', level: 'B1' },
      ],
      eligibility: { eligible: true },
      decisions: [
        { fromStatus: null, toStatus: 'APPLIED', decidedBy: null },
        { fromStatus: 'APPLIED', toStatus: 'ELIGIBLE', decidedBy: null },
      ],
    });
  });

  it('answers a repeated application the same way, records nothing, and tells the mailbox', async () => {
    const receipt = await api.client.ok<{ applyToCall: { message: string } }>(APPLY, {
      input: application({ givenName: 'Someone else', motivation: 'overwrite' }),
    });
    expect(receipt.applyToCall.message).toContain('has been received');
    await deliver();
    const mail = await smtp.waitFor((m) => m.subject.startsWith('You have already applied'), 15000);
    expect(mail.to).toContain(`amina-${run}@example.org`);
    const listed = await asCoordinator<{
      applications: { edges: { node: { givenName: string } }[] };
    }>(
      `query($filter: ApplicationFilterInput!) { applications(filter: $filter) { edges { node { givenName } } } }`,
      { filter: { editionId } },
    );
    expect(listed.applications.edges.map((edge) => edge.node.givenName)).toEqual(['Amina']);
  });

  it('explains why an applicant is not eligible, in the reader’s language', async () => {
    await api.client.ok(APPLY, {
      input: application({
        email: `karim-${run}@example.org`,
        givenName: 'Karim',
        cityOfResidence: 'Lyon',
        languages: [{ language: 'fr', level: 'A2' }],
        locale: 'fr',
      }),
    });
    const listed = await api.client.ok<{
      applications: {
        edges: {
          node: {
            givenName: string;
            status: string;
            eligibility: { checks: { met: boolean; reason: string }[] };
          };
        }[];
      };
    }>(
      `query($filter: ApplicationFilterInput!) {
         applications(filter: $filter) { edges { node { givenName status eligibility { checks { met reason } } } } } }`,
      { filter: { editionId, statuses: ['INELIGIBLE'] } },
      { token, tenant: tenant.slug, locale: 'fr' },
    );
    expect(listed.applications.edges).toHaveLength(1);
    expect(listed.applications.edges[0].node.eligibility.checks).toEqual([
      {
        met: false,
        reason: "La commune de résidence n'est pas dans la liste : Clermont-Ferrand, Aubière.",
      },
      {
        met: false,
        reason: "Le niveau B1 en français ou anglais est requis et n'est pas déclaré.",
      },
    ]);
  });

  it('refuses bad applications with a stable code and stores nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ consent: { given: true, privacyPolicyVersion: '2025-01' } }, 'CONSENT_OUTDATED'],
      [{ consent: { given: false, privacyPolicyVersion: '2026-03' } }, 'CONSENT_REQUIRED'],
      [{ nationality: 'ZZ' }, 'UNKNOWN_COUNTRY'],
      [{ languages: [{ language: 'qq', level: 'B2' }] }, 'UNKNOWN_LANGUAGE'],
      [{ organisation: 'Mairie' }, 'FIELDS_FOR_OTHER_COHORT'],
      [{ callId: actorsCall }, 'FIELDS_FOR_OTHER_COHORT'],
      [
        {
          callId: actorsCall,
          gender: null,
          ageBand: null,
          nationality: null,
          administrativeStatus: null,
          schooling: null,
        },
        'WORKPLACE_REQUIRED',
      ],
      [{ callId: '0190f3a0-0000-7000-8000-000000000000' }, 'CALL_NOT_FOUND'],
    ];
    for (const [overrides, code] of cases) {
      const email = `bad-${code.toLowerCase()}-${Math.random().toString(36).slice(2)}@example.org`;
      expect(await codes(APPLY, { input: application({ ...overrides, email }) })).toEqual([code]);
    }
    const listed = await asCoordinator<{ applications: { edges: unknown[] } }>(
      `query($filter: ApplicationFilterInput!) { applications(filter: $filter) { edges { node { id } } } }`,
      { filter: { editionId } },
    );
    expect(listed.applications.edges).toHaveLength(2);
  });

  it('takes a public actor’s workplace, and no application outside the call’s dates', async () => {
    await api.client.ok(APPLY, {
      input: application({
        callId: actorsCall,
        email: `agent-${run}@example.org`,
        gender: null,
        ageBand: null,
        nationality: null,
        administrativeStatus: null,
        schooling: null,
        organisation: 'Ville de Clermont-Ferrand',
        department: 'Service jeunesse',
        position: 'AGENT',
      }),
    });
    await asCoordinator(
      `mutation($input: UpdateParticipantCallInput!) { updateParticipantCall(input: $input) { id } }`,
      { input: { id: actorsCall, opensOn: '2098-01-01' } },
    );
    expect(
      await codes(APPLY, {
        input: application({ callId: actorsCall, email: `late-${run}@example.org` }),
      }),
    ).toEqual(['CALL_NOT_OPEN']);
  });

  it('limits how often one address may apply', async () => {
    const email = `flood-${run}@example.org`;
    const attempts = [];
    for (let i = 0; i < 4; i += 1)
      attempts.push(await codes(APPLY, { input: application({ email }) }));
    expect(attempts.slice(0, 3)).toEqual([[], [], []]);
    expect(attempts[3]).toEqual(['TOO_MANY_ATTEMPTS']);
  });

  it('selects with a reason, invites the person in their language, and they join', async () => {
    const DECIDE = `mutation($input: DecideApplicationInput!) {
      decideApplication(input: $input) { ${APPLICATION_FIELDS} } }`;
    const listed = await asCoordinator<{
      applications: { edges: { node: { id: string; email: string } }[] };
    }>(
      `query($filter: ApplicationFilterInput!) { applications(filter: $filter) { edges { node { id email } } } }`,
      { filter: { editionId, statuses: ['ELIGIBLE'], cohort: 'NEWCOMERS' } },
    );
    const amina = listed.applications.edges.find(
      (edge) => edge.node.email === `amina-${run}@example.org`,
    )!.node.id;
    const opts = { token, tenant: tenant.slug };
    expect(
      await codes(DECIDE, { input: { id: amina, status: 'SHORTLISTED', reason: ' ' } }, opts),
    ).toEqual(['REASON_REQUIRED']);
    expect(
      await codes(DECIDE, { input: { id: amina, status: 'APPLIED', reason: 'back' } }, opts),
    ).toEqual(['DECISION_NOT_ALLOWED']);
    await asCoordinator(DECIDE, {
      input: { id: amina, status: 'SHORTLISTED', reason: 'Strong motivation' },
    });
    const selected = await asCoordinator<{ decideApplication: Record<string, unknown> }>(DECIDE, {
      input: { id: amina, status: 'SELECTED', reason: 'Diversity of the cohort' },
    });
    expect(selected.decideApplication).toMatchObject({
      status: 'SELECTED',
      membershipId: expect.any(String),
    });
    expect((selected.decideApplication.decisions as unknown[]).slice(-1)).toEqual([
      {
        fromStatus: 'SHORTLISTED',
        toStatus: 'SELECTED',
        reason: 'Diversity of the cohort',
        decidedBy: { displayName: coordinator.displayName },
      },
    ]);

    await deliver();
    const invitation = await smtp.waitFor(
      (m) => m.to.includes(`amina-${run}@example.org`) && m.text.includes('invitations/accept'),
      15000,
    );
    expect(invitation.subject).toBe('You are invited to join Clermont-Ferrand');
    const accepted = await api.client.ok<{ acceptInvitation: { accessToken: string } }>(
      `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`,
      { input: { token: tokenIn(invitation), password: 'a passphrase for Amina' } },
    );
    const person = { token: accepted.acceptInvitation.accessToken, tenant: tenant.slug };
    const mine = await api.client.ok<{ myApplications: Record<string, unknown>[]; me: unknown }>(
      `{ myApplications { id status nationality administrativeStatus }
         me { memberships { roles } } }`,
      {},
      person,
    );
    expect(mine.myApplications).toEqual([
      { id: amina, status: 'SELECTED', nationality: 'SY', administrativeStatus: 'REFUGEE' },
    ]);
    expect(mine.me).toEqual({ memberships: [{ roles: ['NEWCOMER'] }] });
    // Nobody else's application, and not the team's list.
    expect(
      await codes(
        `query($filter: ApplicationFilterInput!) { applications(filter: $filter) { edges { node { id } } } }`,
        { filter: { editionId } },
        person,
      ),
    ).toEqual(['FORBIDDEN']);

    const withdrawn = await api.client.ok<{ withdrawMyApplication: { status: string } }>(
      `mutation($input: WithdrawApplicationInput!) { withdrawMyApplication(input: $input) { status } }`,
      { input: { id: amina, reason: 'Moving to Lyon' } },
      person,
    );
    expect(withdrawn.withdrawMyApplication.status).toBe('WITHDRAWN');
  });

  it('lets only the facilitators on the edition’s team read its applications', async () => {
    const facilitator = await api.factories.newUser({
      tenant,
      roles: [MembershipRole.Facilitator],
    });
    const facilitatorToken = await api.factories.signIn(facilitator);
    const LIST = `query($filter: ApplicationFilterInput!) {
      applications(filter: $filter) { edges { node { id nationality } } } }`;
    const asFacilitator = () =>
      api.client.ok<{ applications: { edges: unknown[] } }>(
        LIST,
        { filter: { editionId } },
        { token: facilitatorToken, tenant: tenant.slug },
      );
    expect((await asFacilitator()).applications.edges).toEqual([]);

    const members = await asCoordinator<{
      memberships: { edges: { node: { id: string; user: { email: string } } }[] };
    }>(`{ memberships(first: 100) { edges { node { id user { email } } } } }`);
    const membershipOf = (email: string) =>
      members.memberships.edges.find((edge) => edge.node.user.email === email)!.node.id;
    const ASSIGN = `mutation($input: EditionFacilitatorInput!) {
      assignEditionFacilitator(input: $input) { facilitators { displayName } } }`;
    expect(
      await codes(
        ASSIGN,
        { input: { editionId, membershipId: membershipOf(coordinator.email) } },
        { token, tenant: tenant.slug },
      ),
    ).toEqual(['NOT_A_FACILITATOR']);
    const assigned = await asCoordinator<{
      assignEditionFacilitator: { facilitators: { displayName: string }[] };
    }>(ASSIGN, { input: { editionId, membershipId: membershipOf(facilitator.email) } });
    expect(assigned.assignEditionFacilitator.facilitators).toEqual([
      { displayName: facilitator.displayName },
    ]);
    expect((await asFacilitator()).applications.edges.length).toBeGreaterThan(0);

    await asCoordinator(
      `mutation($input: EditionFacilitatorInput!) { removeEditionFacilitator(input: $input) { id } }`,
      { input: { editionId, membershipId: membershipOf(facilitator.email) } },
    );
    expect((await asFacilitator()).applications.edges).toEqual([]);
  });

  it('stops the invitation of a selected person who withdraws before joining', async () => {
    const listed = await asCoordinator<{
      applications: { edges: { node: { id: string; email: string } }[] };
    }>(
      `query($filter: ApplicationFilterInput!) { applications(filter: $filter) { edges { node { id email } } } }`,
      { filter: { editionId, cohort: 'PUBLIC_ACTORS' } },
    );
    const agent = listed.applications.edges.find(
      (edge) => edge.node.email === `agent-${run}@example.org`,
    )!.node.id;
    const DECIDE = `mutation($input: DecideApplicationInput!) { decideApplication(input: $input) { status } }`;
    await asCoordinator(DECIDE, {
      input: { id: agent, status: 'SELECTED', reason: 'Youth service' },
    });
    await deliver();
    const invitation = await smtp.waitFor(
      (m) => m.to.includes(`agent-${run}@example.org`) && m.text.includes('invitations/accept'),
      15000,
    );
    await asCoordinator(DECIDE, {
      input: { id: agent, status: 'WITHDRAWN', reason: 'Changed jobs, told us by phone' },
    });
    expect(
      await codes(
        `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`,
        { input: { token: tokenIn(invitation), password: 'a passphrase for the agent' } },
      ),
    ).toEqual(['INVALID_OR_EXPIRED_LINK']);
  });
});
