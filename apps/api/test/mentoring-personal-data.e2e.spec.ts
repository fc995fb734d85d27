import { MembershipRole, type User } from '@inclusion/identity';
import type { Tenant } from '@inclusion/tenancy';
import { TEST_PASSWORD } from './factories';
import { startApi, type ApiHarness } from './harness';

interface MentoringSection {
  pairs: { partnershipId: string; side: string; theme: string }[];
  commentsWritten: { body: string; side: string; inReplyTo: string | null }[];
  decisionsTaken: { decision: string; note: string | null }[];
  planVersionsSubmitted: { number: number; stage: string }[];
  keyFactorAssessments: { score: number; evidence: string | null }[];
}

/**
 * A person's part in a mentoring pair, in their data export and through their erasure: a mentor's
 * reviewer writes in the learner's tenant, yet their comments come out once, under the city they
 * spoke for; erasure takes them out of the pair and leaves the review readable.
 */
describe("a person's mentoring data: export and erasure", () => {
  let api: ApiHarness;
  let mentor: Tenant;
  let learner: Tenant;
  let people: Record<string, User>;
  let tokens: Record<string, string>;
  let partnershipId: string;
  let versionId: string;
  const run = Date.now().toString(36);
  const words = {
    question: `Who staffs the desk ${run}?`,
    answer: `Two agents ${run}`,
    note: `Budget missing ${run}`,
    evidence: `Enrolment figures ${run}`,
  };

  const as = <T = Record<string, unknown>>(
    who: string,
    tenant: Tenant,
    query: string,
    variables: Record<string, unknown> = {},
  ) => api.client.ok<T>(query, variables, { token: tokens[who], tenant: tenant.slug });
  const exportOf = async (who: string, tenant: Tenant) => {
    const { myDataExport } = await as<{ myDataExport: string }>(who, tenant, `{ myDataExport }`);
    const document = JSON.parse(myDataExport) as {
      tenants: ({ tenantId: string; mentoring: MentoringSection } & Record<string, unknown>)[];
    };
    return { text: myDataExport, tenants: document.tenants };
  };

  beforeAll(async () => {
    api = await startApi();
    const f = api.factories;
    [mentor, learner] = await Promise.all([
      f.newTenant({ name: 'Lannion' }),
      f.newTenant({ name: 'Vannes' }),
    ]);
    const cast = await Promise.all([
      f.cast(mentor, {
        mentorCoordinator: MembershipRole.Coordinator,
        reviewer: MembershipRole.Observer,
      }),
      f.cast(learner, {
        learnerCoordinator: MembershipRole.Coordinator,
        author: MembershipRole.Observer,
      }),
    ]);
    people = Object.assign({}, ...cast.map((c) => c.people));
    tokens = Object.assign({}, ...cast.map((c) => c.tokens));
    const operator = await f.signIn(await f.newUser({ networkOperator: true }));
    const asOperator = <T>(query: string, variables: Record<string, unknown>) =>
      api.client.ok<T>(query, variables, { token: operator });

    partnershipId = (
      await asOperator<{ proposePartnership: { id: string } }>(
        `mutation($input: ProposePartnershipInput!) { proposePartnership(input: $input) { id } }`,
        {
          input: {
            mentorTenantId: mentor.id,
            learnerTenantId: learner.id,
            theme: 'EDUCATION',
            startsOn: '2026-01-01',
            endsOn: '2027-06-30',
          },
        },
      )
    ).proposePartnership.id;
    const sides: [string, Tenant, string][] = [
      ['mentorCoordinator', mentor, 'reviewer'],
      ['learnerCoordinator', learner, 'author'],
    ];
    for (const [coordinator, city, member] of sides) {
      await as(
        coordinator,
        city,
        `mutation($id: ID!) { respondToPartnership(id: $id, accept: true) { id } }`,
        { id: partnershipId },
      );
      await as(
        coordinator,
        city,
        `mutation($id: ID!, $ids: [ID!]!) { setPartnershipMembers(id: $id, membershipIds: $ids) { id } }`,
        { id: partnershipId, ids: [await f.membershipId(city, people[member])] },
      );
    }

    const criterion = (
      await asOperator<{ createBenchmarkCriterion: { id: string; keyFactors: { id: string }[] } }>(
        `mutation($input: CreateBenchmarkCriterionInput!) {
           createBenchmarkCriterion(input: $input) { id keyFactors { id } } }`,
        {
          input: {
            theme: 'EDUCATION',
            title: { fr: 'Accès à l’école', en: 'Access to school' },
            description: { fr: 'D', en: 'D' },
            keyFactors: [{ fr: 'Inscription', en: 'Enrolment' }],
          },
        },
      )
    ).createBenchmarkCriterion;
    await as(
      'learnerCoordinator',
      learner,
      `mutation($p: ID!, $c: [ID!]!) { choosePartnershipCriteria(partnershipId: $p, criterionIds: $c) {
         criterion { id } } }`,
      { p: partnershipId, c: [criterion.id] },
    );
    await as(
      'author',
      learner,
      `mutation($p: ID!, $k: ID!, $e: String) {
         assessKeyFactor(partnershipId: $p, keyFactorId: $k, score: 2, evidence: $e) { score } }`,
      { p: partnershipId, k: criterion.keyFactors[0].id, e: words.evidence },
    );
    await as(
      'author',
      learner,
      `mutation($input: SavePlanActionInput!) { savePlanAction(input: $input) { id } }`,
      {
        input: {
          partnershipId,
          title: 'Guichet unique',
          objective: 'Inscrire en un lieu',
          responsibleService: 'Éducation',
          startsOn: '2026-03-01',
          endsOn: '2026-12-31',
        },
      },
    );
    versionId = (
      await as<{ submitPlanVersion: { id: string } }>(
        'author',
        learner,
        `mutation($p: ID!) { submitPlanVersion(partnershipId: $p, stage: FIRST) { id } }`,
        { p: partnershipId },
      )
    ).submitPlanVersion.id;
    const COMMENT = `mutation($v: ID!, $p: ID, $b: String!) {
      commentOnPlan(versionId: $v, parentId: $p, body: $b) { id } }`;
    const question = await as<{ commentOnPlan: { id: string } }>('reviewer', mentor, COMMENT, {
      v: versionId,
      b: words.question,
    });
    await as('author', learner, COMMENT, {
      v: versionId,
      p: question.commentOnPlan.id,
      b: words.answer,
    });
    await as(
      'reviewer',
      mentor,
      `mutation($v: ID!, $n: String) {
         decidePlanVersion(versionId: $v, decision: CHANGES_REQUESTED, note: $n) { id } }`,
      { v: versionId, n: words.note },
    );
  });

  afterAll(() => api.close());

  it("exports a mentor's reviewer's comments and decisions once, under the mentor city", async () => {
    const { text, tenants } = await exportOf('reviewer', mentor);
    expect(tenants.map((t) => t.tenantId)).toEqual([mentor.id]);
    expect(tenants[0].mentoring).toMatchObject({
      pairs: [{ partnershipId, side: 'mentor', theme: 'education' }],
      commentsWritten: [{ body: words.question, side: 'mentor', inReplyTo: null }],
      decisionsTaken: [{ decision: 'changes_requested', note: words.note }],
      planVersionsSubmitted: [],
      keyFactorAssessments: [],
    });
    expect(text.split(words.question)).toHaveLength(2);
    expect(text).not.toContain(words.answer);
    expect(text).not.toContain(words.evidence);
  });

  it("exports a learner's author's submissions, assessments and replies, not the mentor's words", async () => {
    const { text, tenants } = await exportOf('author', learner);
    expect(tenants.map((t) => t.tenantId)).toEqual([learner.id]);
    expect(tenants[0].mentoring).toMatchObject({
      pairs: [{ partnershipId, side: 'learner' }],
      commentsWritten: [{ body: words.answer, side: 'learner' }],
      decisionsTaken: [],
      planVersionsSubmitted: [{ number: 1, stage: 'first' }],
      keyFactorAssessments: [{ score: 2, evidence: words.evidence }],
    });
    expect(text).not.toContain(words.question);
    expect(text).not.toContain(words.note);
  });

  it('takes an erased reviewer out of the pair, and leaves the review readable', async () => {
    const MEMBERS = `query($id: ID!) { partnership(id: $id) { members { side } } }`;
    const before = await as<{ partnership: { members: unknown[] } }>(
      'mentorCoordinator',
      mentor,
      MEMBERS,
      { id: partnershipId },
    );
    expect(before.partnership.members).toEqual([{ side: 'MENTOR' }]);
    await as(
      'reviewer',
      mentor,
      `mutation($input: EraseMyDataInput!) { eraseMyData(input: $input) }`,
      {
        input: { password: TEST_PASSWORD },
      },
    );

    const after = await as<{ partnership: { members: unknown[] } }>(
      'mentorCoordinator',
      mentor,
      MEMBERS,
      { id: partnershipId },
    );
    expect(after.partnership.members).toEqual([]);
    const review = await as<{
      planComments: { body: string; authorName: string | null }[];
      planVersions: { status: string }[];
    }>(
      'author',
      learner,
      `query($v: ID!, $p: ID!) { planComments(versionId: $v) { body authorName }
         planVersions(partnershipId: $p) { status } }`,
      { v: versionId, p: partnershipId },
    );
    expect(review.planComments.map((c) => c.body)).toEqual([words.question, words.answer]);
    expect(review.planComments[0].authorName).not.toBe(people.reviewer.displayName);
    expect(review.planVersions).toEqual([{ status: 'CHANGES_REQUESTED' }]);
  });
});
