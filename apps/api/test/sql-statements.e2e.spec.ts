import { MembershipRole } from '@inclusion/identity';
import type { Tenant } from '@inclusion/tenancy';
import type { CallOptions } from '@inclusion/testing';
import { TEST_PASSWORD } from './factories';
import { startApi, type ApiHarness } from './harness';

const text = (words: string) => ({ fr: words, en: words });
const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** The key operations, as the screens ask for them (the benchmark runs the same ones). */
const COMMITMENTS = `query($first: Int!) { commitments(first: $first) { edges { node {
  id title { fr en } department status progress dueDate lastUpdateAt ownerName overdue stale dueSoon
  recommendation { id title { fr } } milestones { id progress } updates { progress createdAt } } } } }`;
const DASHBOARD = `{ followUpDashboard {
  figures { recommendations answered accepted commitments { total done inProgress }
    averageProgress overdue stale lastUpdateAt }
  byTheme { theme commitments done } overdue { id } stale { id }
  progressOverTime { periodEnd averageProgress } } }`;
const NETWORK = `query($country: String) { networkFollowUp(country: $country) {
  totals { recommendations answered averageProgress overdue stale commitments { total done } }
  cities { tenantId name averageProgress lastUpdateAt commitments { total done } }
  progressOverTime { periodEnd averageProgress } } }`;
const PUBLIC = `query($city: String!) { publicFollowUp(city: $city) {
  cityName averageProgress counts { total done inProgress }
  commitments { id title progress status recommendationTitle milestones { title progress }
    history { progress status } } } }`;
const WHATS_NEXT = `query($input: WhatsNextInput!) { whatsNext(input: $input) {
  latePhases { key } upcomingPhases { key } openDeliverables { key }
  upcomingActivities { title startsAt } } }`;
const PLAN = `query($p: ID!) { planVersions(partnershipId: $p) {
  id number stage status actions { id title } decisions { decision note reviewerName }
  comments { id body authorName parentId } } }`;
const PROGRESS = `mutation($input: RecordProgressInput!) { recordCommitmentProgress(input: $input) {
  id progress status lastUpdateAt updates { progress note } } }`;

interface City {
  tenant: Tenant;
  token: string;
  editionId: string;
  commitmentIds: string[];
  as: CallOptions;
}

/**
 * The SQL statements of each key operation, counted by the API itself (SQL_STATEMENT_STATS): they
 * must not grow with the size of a page nor the number of cities. A resolver that queries once
 * per row (N+1) fails here, whatever the timing of the machine.
 */
describe('SQL statements per operation', () => {
  let api: ApiHarness;
  const run = Date.now().toString(36);

  const statements = async (
    query: string,
    variables: Record<string, unknown>,
    options: CallOptions,
  ) => {
    const result = await api.client.request(query, variables, options);
    expect(result.errors).toBeUndefined();
    return result.extensions?.sqlStatements as number;
  };

  /** A city with an edition, one accepted recommendation and `count` commitments answering it. */
  const newCity = async (count: number, published = false): Promise<City> => {
    const f = api.factories;
    const tenant = await f.newTenant({ name: `Ville ${run} ${count}` });
    const { people, tokens } = await f.cast(tenant, {
      coordinator: MembershipRole.Coordinator,
    });
    const as = { token: tokens.coordinator, tenant: tenant.slug };
    const ok = <T>(query: string, variables: Record<string, unknown>) =>
      api.client.ok<T>(query, variables, as);
    const templateVersionId = await f.builtInTemplate(tokens.coordinator);
    const { createEdition } = await ok<{ createEdition: { id: string } }>(
      `mutation($input: CreateEditionInput!) { createEdition(input: $input) { id } }`,
      { input: { name: 'Pilot', templateVersionId, startDate: isoDay(-60) } },
    );
    const { createRecommendation } = await ok<{ createRecommendation: { id: string } }>(
      `mutation($input: CreateRecommendationInput!) { createRecommendation(input: $input) { id } }`,
      {
        input: {
          editionId: createEdition.id,
          title: text('Welcome desk'),
          body: text('Body'),
          theme: 'INFORMATION_ACCESS',
        },
      },
    );
    const recommendationId = createRecommendation.id;
    for (const status of ['ADOPTED', 'SUBMITTED']) {
      await ok(
        `mutation($id: ID!, $s: RecommendationStatus!) { advanceRecommendation(id: $id, status: $s) { id } }`,
        { id: recommendationId, s: status },
      );
    }
    await ok(
      `mutation($input: AnswerRecommendationInput!) { answerRecommendation(input: $input) { id } }`,
      { input: { recommendationId, decision: 'ACCEPTED' } },
    );
    const commitmentIds: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const { createCommitment } = await ok<{ createCommitment: { id: string } }>(
        `mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }`,
        {
          input: {
            recommendationId,
            title: text(`Commitment ${i}`),
            department: 'Accueil',
            ownerId: people.coordinator.id,
            startDate: isoDay(-90),
            dueDate: isoDay(i % 2 ? -5 : 90),
          },
        },
      );
      commitmentIds.push(createCommitment.id);
      await ok(PROGRESS, { input: { commitmentId: createCommitment.id, progress: 10 + i } });
      if (published) {
        await ok(`mutation($id: ID!) { publishCommitment(id: $id, published: true) { id } }`, {
          id: createCommitment.id,
        });
      }
    }
    return { tenant, token: tokens.coordinator, editionId: createEdition.id, commitmentIds, as };
  };

  let small: City;
  let large: City;

  beforeAll(async () => {
    api = await startApi({ SQL_STATEMENT_STATS: 'true' });
    small = await newCity(2, true);
    large = await newCity(12, true);
  });

  afterAll(() => api.close());

  it('counts every statement of an operation, the same for the same work', async () => {
    const me = await statements(`{ me { id } }`, {}, small.as);
    expect(me).toBeGreaterThan(2);
    expect(await statements(`{ me { id } }`, {}, large.as)).toBe(me);
    const signIn = async () => {
      const user = await api.factories.newUser({ tenant: small.tenant });
      return statements(
        `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`,
        { input: { email: user.email, password: TEST_PASSWORD } },
        {},
      );
    };
    expect(await signIn()).toBe(await signIn());
  });

  it('reads a page of commitments in as many statements for 2 rows as for 12', async () => {
    const two = await statements(COMMITMENTS, { first: 2 }, large.as);
    expect(await statements(COMMITMENTS, { first: 50 }, large.as)).toBe(two);
    expect(await statements(COMMITMENTS, { first: 50 }, small.as)).toBe(two);
  });

  it("reads the owners' names in the page's own statement", async () => {
    const named = await statements(COMMITMENTS, { first: 50 }, large.as);
    const unnamed = COMMITMENTS.replace(' ownerName', '');
    expect(unnamed).not.toBe(COMMITMENTS);
    expect(await statements(unnamed, { first: 50 }, large.as)).toBe(named);
  });

  it("reads a city's dashboard and public page whatever its number of commitments", async () => {
    expect(await statements(DASHBOARD, {}, large.as)).toBe(
      await statements(DASHBOARD, {}, small.as),
    );
    expect(await statements(PUBLIC, { city: large.tenant.slug }, {})).toBe(
      await statements(PUBLIC, { city: small.tenant.slug }, {}),
    );
  });

  it("reads the network's dashboard whatever the number of cities", async () => {
    const operator = {
      token: await api.factories.signIn(await api.factories.newUser({ networkOperator: true })),
    };
    const before = await statements(NETWORK, { country: 'FR' }, operator);
    await newCity(3);
    await newCity(1);
    expect(await statements(NETWORK, { country: 'FR' }, operator)).toBe(before);
    expect(await statements(NETWORK, {}, operator)).toBe(before);
  });

  it("tells a coordinator what's next whatever the number of activities", async () => {
    const input = (city: City) => ({ input: { editionId: city.editionId, weeks: 12 } });
    for (let i = 0; i < 3; i += 1) {
      await api.client.ok(
        `mutation($input: ScheduleActivityInput!) { scheduleActivity(input: $input) { id } }`,
        {
          input: {
            editionId: large.editionId,
            kind: 'TRAINING_SESSION',
            track: 'NEWCOMERS',
            title: `Session ${i}`,
            startsAt: `${isoDay(7 + i)}T09:00:00Z`,
            durationMinutes: 120,
            languages: ['fr'],
          },
        },
        large.as,
      );
    }
    expect(await statements(WHATS_NEXT, input(large), large.as)).toBe(
      await statements(WHATS_NEXT, input(small), small.as),
    );
  });

  it('records progress in as many statements for a long history as for a short one', async () => {
    const record = (city: City) =>
      statements(
        PROGRESS,
        { input: { commitmentId: city.commitmentIds[0], progress: 50 } },
        city.as,
      );
    for (let i = 0; i < 5; i += 1) await record(large);
    expect(await record(large)).toBe(await record(small));
  });

  it('reads an action plan with its versions, decisions and comments in a fixed number', async () => {
    const f = api.factories;
    const operator = await f.signIn(await f.newUser({ networkOperator: true }));
    const pair = async (versions: number) => {
      const [mentor, learner] = await Promise.all([f.newTenant(), f.newTenant()]);
      const mentorSide = await f.cast(mentor, {
        coordinator: MembershipRole.Coordinator,
        reviewer: MembershipRole.Observer,
      });
      const learnerSide = await f.cast(learner, { coordinator: MembershipRole.Coordinator });
      const asMentor = (who: string) => ({ token: mentorSide.tokens[who], tenant: mentor.slug });
      const asLearner = { token: learnerSide.tokens.coordinator, tenant: learner.slug };
      const { proposePartnership } = await api.client.ok<{ proposePartnership: { id: string } }>(
        `mutation($input: ProposePartnershipInput!) { proposePartnership(input: $input) { id } }`,
        {
          input: {
            mentorTenantId: mentor.id,
            learnerTenantId: learner.id,
            theme: 'EDUCATION',
            startsOn: isoDay(-30),
            endsOn: isoDay(300),
          },
        },
        { token: operator },
      );
      const id = proposePartnership.id;
      for (const as of [asMentor('coordinator'), asLearner]) {
        await api.client.ok(
          `mutation($id: ID!) { respondToPartnership(id: $id, accept: true) { id } }`,
          { id },
          as,
        );
      }
      await api.client.ok(
        `mutation($id: ID!, $ids: [ID!]!) { setPartnershipMembers(id: $id, membershipIds: $ids) { id } }`,
        { id, ids: [await f.membershipId(mentor, mentorSide.people.reviewer)] },
        asMentor('coordinator'),
      );
      const stages = ['FIRST', 'SECOND', 'THIRD'];
      for (let v = 0; v < versions; v += 1) {
        await api.client.ok(
          `mutation($input: SavePlanActionInput!) { savePlanAction(input: $input) { id } }`,
          {
            input: {
              partnershipId: id,
              title: `Action ${v}`,
              objective: 'Objective',
              responsibleService: 'Service',
              startsOn: isoDay(10),
              endsOn: isoDay(200),
            },
          },
          asLearner,
        );
        const { submitPlanVersion } = await api.client.ok<{ submitPlanVersion: { id: string } }>(
          `mutation($p: ID!, $s: PlanStage!) { submitPlanVersion(partnershipId: $p, stage: $s) { id } }`,
          { p: id, s: stages[v] },
          asLearner,
        );
        for (let c = 0; c < 2; c += 1) {
          await api.client.ok(
            `mutation($v: ID!, $b: String!) { commentOnPlan(versionId: $v, body: $b) { id } }`,
            { v: submitPlanVersion.id, b: `Comment ${c}` },
            asMentor('reviewer'),
          );
        }
        if (v < versions - 1) {
          await api.client.ok(
            `mutation($v: ID!) { decidePlanVersion(versionId: $v, decision: CHANGES_REQUESTED) { id } }`,
            { v: submitPlanVersion.id },
            asMentor('reviewer'),
          );
        }
      }
      return { id, reviewer: asMentor('reviewer'), learner: asLearner };
    };
    const [one, three] = [await pair(1), await pair(3)];
    const counted = await statements(PLAN, { p: one.id }, one.learner);
    expect(await statements(PLAN, { p: three.id }, three.learner)).toBe(counted);
    expect(await statements(PLAN, { p: three.id }, three.reviewer)).toBe(
      await statements(PLAN, { p: one.id }, one.reviewer),
    );
  });
});
