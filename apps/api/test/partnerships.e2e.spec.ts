import { Client } from 'pg';
import { MembershipRole, type User } from '@inclusion/identity';
import type { Tenant } from '@inclusion/tenancy';
import { startApi, type ApiHarness } from './harness';

const PARTNERSHIP = `id status theme mySide mentorAcceptedAt learnerAcceptedAt
  mentorCity { name } learnerCity { name } members { membershipId side displayName }`;
const PROPOSE = `mutation($input: ProposePartnershipInput!) {
  proposePartnership(input: $input) { ${PARTNERSHIP} } }`;
const RESPOND = `mutation($id: ID!, $accept: Boolean!) {
  respondToPartnership(id: $id, accept: $accept) { id status } }`;
const MEMBERS = `mutation($id: ID!, $ids: [ID!]!) {
  setPartnershipMembers(id: $id, membershipIds: $ids) { ${PARTNERSHIP} } }`;
const NEEDS = `query($p: ID) { needsAssessments(partnershipId: $p) { theme priorities priority } }`;
const SET_NEEDS = `mutation($theme: PartnershipTheme!, $priority: PriorityLevel) {
  setNeedsAssessment(theme: $theme, situation: "Where we stand", difficulties: "What is hard",
    priorities: "What first", priority: $priority) { theme } }`;
const SET_STRENGTH = `mutation($theme: PartnershipTheme!, $d: String) {
  setCityStrength(theme: $theme, description: $d) { theme } }`;

/**
 * Mentor–learner partnerships: proposed by the network operator, accepted by both cities, and
 * the one narrow path from a mentor city into its learner's records: its named reviewers, acting
 * in the mentor city, for that partnership only.
 */
describe('mentor–learner partnerships', () => {
  let api: ApiHarness;
  let rennes: Tenant;
  let brest: Tenant;
  let quimper: Tenant;
  let lorient: Tenant;
  let people: Record<string, User>;
  let tokens: Record<string, string>;
  let operatorToken: string;
  const ids: Record<string, string> = {};
  const cities: Record<string, Tenant> = {};
  /** As the worker's relay sees the outbox (system scope): what the test checks, not what it does. */
  const sql = async <T = Record<string, unknown>>(text: string, values: unknown[] = []) => {
    const owner = new Client({ connectionString: process.env.DATABASE_OWNER_URL });
    await owner.connect();
    try {
      await owner.query('begin');
      await owner.query(`select set_config('app.system', 'on', true)`);
      const { rows } = await owner.query(text, values);
      await owner.query('commit');
      return rows as T[];
    } finally {
      await owner.end();
    }
  };

  const as = <T = Record<string, unknown>>(
    who: string,
    tenant: Tenant,
    query: string,
    variables: Record<string, unknown> = {},
  ) => api.client.ok<T>(query, variables, { token: tokens[who], tenant: tenant.slug });
  const reasons = async (
    who: string,
    tenant: Tenant | null,
    query: string,
    variables: Record<string, unknown> = {},
  ) =>
    (
      (
        await api.client.request(query, variables, {
          token: who === 'operator' ? operatorToken : tokens[who],
          ...(tenant ? { tenant: tenant.slug } : {}),
        })
      ).errors ?? []
    ).map((error) => error.extensions?.reason ?? error.extensions?.code);
  const asOperator = <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ) => api.client.ok<T>(query, variables, { token: operatorToken });
  const membershipOf = async (tenant: Tenant, who: string) =>
    api.factories.membershipId(tenant, people[who]);
  const propose = async (mentor: Tenant, learner: Tenant, theme: string) =>
    (
      await asOperator<{ proposePartnership: { id: string } }>(PROPOSE, {
        input: {
          mentorTenantId: mentor.id,
          learnerTenantId: learner.id,
          theme,
          startsOn: '2026-01-01',
          endsOn: '2027-06-30',
        },
      })
    ).proposePartnership.id;

  beforeAll(async () => {
    api = await startApi();
    const f = api.factories;
    [rennes, brest, quimper, lorient] = await Promise.all([
      f.newTenant({ name: 'Rennes' }),
      f.newTenant({ name: 'Brest' }),
      f.newTenant({ name: 'Quimper' }),
      f.newTenant({ name: 'Lorient' }),
    ]);
    const cast = await Promise.all([
      f.cast(rennes, {
        rennesCoordinator: MembershipRole.Coordinator,
        reviewer: MembershipRole.Observer,
        bystander: MembershipRole.Facilitator,
      }),
      f.cast(brest, {
        brestCoordinator: MembershipRole.Coordinator,
        brestOfficial: MembershipRole.Observer,
      }),
      f.cast(quimper, { quimperCoordinator: MembershipRole.Coordinator }),
      f.cast(lorient, { lorientCoordinator: MembershipRole.Coordinator }),
    ]);
    people = Object.assign({}, ...cast.map((c) => c.people));
    tokens = Object.assign({}, ...cast.map((c) => c.tokens));
    operatorToken = await f.signIn(await f.newUser({ networkOperator: true }));
  });

  afterAll(() => api.close());

  it('matches a learner’s needs with mentors’ strengths, for the network operator', async () => {
    await as('brestCoordinator', brest, SET_NEEDS, { theme: 'EDUCATION', priority: 'HIGH' });
    await as('brestCoordinator', brest, SET_NEEDS, { theme: 'HOUSING', priority: 'LOW' });
    await as('quimperCoordinator', quimper, SET_NEEDS, { theme: 'HOUSING', priority: 'HIGH' });
    await as('rennesCoordinator', rennes, SET_STRENGTH, { theme: 'EDUCATION', d: 'School desks' });
    await as('rennesCoordinator', rennes, SET_STRENGTH, { theme: 'LANGUAGE', d: 'Classes' });
    await as('lorientCoordinator', lorient, SET_STRENGTH, {
      theme: 'HOUSING',
      d: 'Social housing',
    });
    const { mentorMatches } = await asOperator<{
      mentorMatches: { city: { name: string }; score: number; themes: string[] }[];
    }>(`query($l: ID!) { mentorMatches(learnerTenantId: $l) { city { name } score themes } }`, {
      l: brest.id,
    });
    // Other suites' cities share this database: look at ours, in the order given.
    const ours = mentorMatches.filter((m) => ['Rennes', 'Lorient'].includes(m.city.name));
    expect(ours).toEqual([
      { city: { name: 'Rennes' }, score: 3, themes: ['EDUCATION'] },
      { city: { name: 'Lorient' }, score: 1, themes: ['HOUSING'] },
    ]);
    expect(
      await reasons(
        'rennesCoordinator',
        rennes,
        `query($l: ID!) { mentorMatches(learnerTenantId: $l) { score } }`,
        {
          l: brest.id,
        },
      ),
    ).toEqual(['NETWORK_OPERATOR_ONLY']);
    // A city's strengths and needs are its own.
    expect(
      (await as<{ needsAssessments: unknown[] }>('rennesCoordinator', rennes, NEEDS))
        .needsAssessments,
    ).toEqual([]);
  });

  it('is proposed by the operator and opened when both cities accept', async () => {
    expect(
      await reasons('rennesCoordinator', rennes, PROPOSE, {
        input: {
          mentorTenantId: rennes.id,
          learnerTenantId: brest.id,
          theme: 'EDUCATION',
          startsOn: '2026-01-01',
          endsOn: '2026-12-31',
        },
      }),
    ).toEqual(['NETWORK_OPERATOR_ONLY']);
    expect(
      await reasons('operator', null, PROPOSE, {
        input: {
          mentorTenantId: brest.id,
          learnerTenantId: brest.id,
          theme: 'EDUCATION',
          startsOn: '2026-01-01',
          endsOn: '2026-12-31',
        },
      }),
    ).toEqual(['PARTNERSHIP_SAME_CITY']);
    ids.brest = await propose(rennes, brest, 'EDUCATION');
    ids.quimper = await propose(rennes, quimper, 'HOUSING');

    const seen = async (who: string, tenant: Tenant) =>
      (
        await as<{ partnerships: { id: string; mySide: string }[] }>(
          who,
          tenant,
          `{ partnerships { id mySide } }`,
        )
      ).partnerships;
    expect(await seen('brestCoordinator', brest)).toEqual([{ id: ids.brest, mySide: 'LEARNER' }]);
    expect((await seen('rennesCoordinator', rennes)).map((p) => p.mySide)).toEqual([
      'MENTOR',
      'MENTOR',
    ]);
    expect(await seen('lorientCoordinator', lorient)).toEqual([]);
    expect(
      await reasons(
        'quimperCoordinator',
        quimper,
        `query($id: ID!) { partnership(id: $id) { id } }`,
        {
          id: ids.brest,
        },
      ),
    ).toEqual(['PARTNERSHIP_NOT_FOUND']);

    await as('rennesCoordinator', rennes, RESPOND, { id: ids.brest, accept: true });
    const opened = await as<{ respondToPartnership: { status: string } }>(
      'brestCoordinator',
      brest,
      RESPOND,
      { id: ids.brest, accept: true },
    );
    expect(opened.respondToPartnership.status).toBe('ACTIVE');
    expect(
      await reasons('brestCoordinator', brest, RESPOND, { id: ids.brest, accept: false }),
    ).toEqual(['PARTNERSHIP_STATUS_NOT_ALLOWED']);
    expect(await reasons('reviewer', rennes, RESPOND, { id: ids.quimper, accept: true })).toEqual([
      'FORBIDDEN',
    ]);
  });

  it('lets each city name its own members of the pair, and see only its own', async () => {
    expect(
      await reasons('rennesCoordinator', rennes, MEMBERS, {
        id: ids.brest,
        ids: [await membershipOf(brest, 'brestCoordinator')],
      }),
    ).toEqual(['NOT_A_MEMBER']);
    const named = await as<{
      setPartnershipMembers: { members: { side: string; displayName: string }[] };
    }>('rennesCoordinator', rennes, MEMBERS, {
      id: ids.brest,
      ids: [await membershipOf(rennes, 'reviewer')],
    });
    expect(named.setPartnershipMembers.members).toEqual([
      {
        membershipId: expect.any(String),
        side: 'MENTOR',
        displayName: people.reviewer.displayName,
      },
    ]);
    const learnerView = await as<{ partnership: { members: unknown[] } }>(
      'brestCoordinator',
      brest,
      `query($id: ID!) { partnership(id: $id) { members { membershipId } } }`,
      { id: ids.brest },
    );
    expect(learnerView.partnership.members).toEqual([]);
  });

  it('opens the learner’s needs to the mentor’s named reviewers only, for that pair only', async () => {
    const needs = (who: string, partnershipId?: string) =>
      as<{ needsAssessments: { theme: string }[] }>(who, rennes, NEEDS, { p: partnershipId });
    expect((await needs('reviewer', ids.brest)).needsAssessments.map((n) => n.theme)).toEqual([
      'EDUCATION',
      'HOUSING',
    ]);
    // Another member of the mentor city, or another pair of the same mentor: nothing.
    expect(await reasons('bystander', rennes, NEEDS, { p: ids.brest })).toEqual(['NOT_A_REVIEWER']);
    expect(await reasons('reviewer', rennes, NEEDS, { p: ids.quimper })).toEqual([
      'NOT_A_REVIEWER',
    ]);
    expect((await needs('reviewer')).needsAssessments).toEqual([]);

    // The same in SQL, as the runtime role: the policies, not the API, draw the line.
    const runtime = new Client({ connectionString: process.env.DATABASE_URL });
    await runtime.connect();
    const visible = async (user: User) => {
      await runtime.query('begin');
      try {
        await runtime.query(
          `select set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true)`,
          [rennes.id, user.id],
        );
        const rows = await runtime.query<{ tenant_id: string }>(
          'select distinct tenant_id from needs_assessment',
        );
        return rows.rows.map((row) => row.tenant_id);
      } finally {
        await runtime.query('rollback');
      }
    };
    try {
      expect(await visible(people.reviewer)).toEqual([brest.id]);
      expect(await visible(people.bystander)).toEqual([]);
    } finally {
      await runtime.end();
    }
  });

  it('lets the learner assess itself against the library’s criteria, and its mentor read it', async () => {
    const CREATE = `mutation($input: CreateBenchmarkCriterionInput!) {
      createBenchmarkCriterion(input: $input) { id keyFactors { id text { en } } indicators { id unit } } }`;
    const criterion = (title: string) => ({
      input: {
        theme: 'EDUCATION',
        title: { fr: `${title} (fr)`, en: title },
        description: { fr: 'Description', en: 'Description' },
        keyFactors: [
          { fr: 'Ressources suffisantes des familles', en: 'Families’ sufficient resources' },
          { fr: 'Volonté de scolariser', en: 'Willingness to take them to school' },
        ],
        goodPractices: [
          {
            title: { fr: 'Guichet unique', en: 'One-stop shop' },
            description: { fr: 'Inscription en un lieu', en: 'Enrolment in one place' },
            place: 'Mechelen, BE',
            sourceUrl: 'https://inclucities.eu/',
          },
        ],
        indicators: [{ name: { fr: 'Enfants scolarisés', en: 'Children enrolled' }, unit: '%' }],
      },
    });
    expect(await reasons('rennesCoordinator', rennes, CREATE, criterion('Not mine'))).toEqual([
      'NETWORK_OPERATOR_ONLY',
    ]);
    const school = (
      await asOperator<{
        createBenchmarkCriterion: {
          id: string;
          keyFactors: { id: string }[];
          indicators: { id: string }[];
        };
      }>(CREATE, criterion('Access to education for migrants’ children'))
    ).createBenchmarkCriterion;
    const other = (
      await asOperator<{ createBenchmarkCriterion: { id: string; keyFactors: { id: string }[] } }>(
        CREATE,
        criterion('Another criterion'),
      )
    ).createBenchmarkCriterion;
    const library = await as<{
      benchmarkCriteria: { id: string; goodPractices: { place: string }[] }[];
    }>(
      'brestCoordinator',
      brest,
      `{ benchmarkCriteria(theme: EDUCATION) { id goodPractices { place } } }`,
    );
    expect(library.benchmarkCriteria.find((c) => c.id === school.id)?.goodPractices).toEqual([
      { place: 'Mechelen, BE' },
    ]);

    const CHOOSE = `mutation($p: ID!, $c: [ID!]!) { choosePartnershipCriteria(partnershipId: $p, criterionIds: $c) {
      criterion { id } } }`;
    const ASSESS = `mutation($p: ID!, $k: ID!, $s: Int!) {
      assessKeyFactor(partnershipId: $p, keyFactorId: $k, score: $s, evidence: "Enrolment data") { score } }`;
    await as('brestCoordinator', brest, CHOOSE, { p: ids.brest, c: [school.id] });
    // The mentor reads, never writes; a learner member writes once named an author.
    expect(await reasons('reviewer', rennes, CHOOSE, { p: ids.brest, c: [school.id] })).toEqual([
      'NOT_A_PLAN_AUTHOR',
    ]);
    const ASSESS_VARS = { p: ids.brest, k: school.keyFactors[0].id, s: 2 };
    expect(await reasons('brestOfficial', brest, ASSESS, ASSESS_VARS)).toEqual([
      'NOT_A_PLAN_AUTHOR',
    ]);
    await as('brestCoordinator', brest, MEMBERS, {
      id: ids.brest,
      ids: [await membershipOf(brest, 'brestOfficial')],
    });
    await as('brestOfficial', brest, ASSESS, ASSESS_VARS);
    expect(
      await reasons('brestOfficial', brest, ASSESS, { ...ASSESS_VARS, k: other.keyFactors[0].id }),
    ).toEqual(['NOT_IN_CHOSEN_CRITERIA']);
    await as(
      'brestOfficial',
      brest,
      `mutation($p: ID!, $i: ID!) { setIndicatorTarget(partnershipId: $p, indicatorId: $i, baseline: 40, target: 70) { target } }`,
      { p: ids.brest, i: school.indicators[0].id },
    );

    Object.assign(ids, {
      school: school.id,
      schoolFactor: school.keyFactors[1].id,
      other: other.id,
      otherFactor: other.keyFactors[0].id,
    });
    const VIEW = `query($p: ID!) { partnershipBenchmark(partnershipId: $p) {
      criterion { id } keyFactors { score evidence } indicators { baseline target } } }`;
    const seen = await as<{
      partnershipBenchmark: {
        criterion: { id: string };
        keyFactors: { score: number | null }[];
        indicators: { baseline: number; target: number }[];
      }[];
    }>('reviewer', rennes, VIEW, { p: ids.brest });
    expect(seen.partnershipBenchmark).toEqual([
      {
        criterion: { id: school.id },
        keyFactors: [
          { score: 2, evidence: 'Enrolment data' },
          { score: null, evidence: null },
        ],
        indicators: [{ baseline: 40, target: 70 }],
      },
    ]);
    expect(await reasons('bystander', rennes, VIEW, { p: ids.brest })).toEqual(['NOT_A_REVIEWER']);
    expect(await reasons('quimperCoordinator', quimper, VIEW, { p: ids.brest })).toEqual([
      'PARTNERSHIP_NOT_FOUND',
    ]);
  });

  it('freezes the learner’s plan at each submission, and compares two versions', async () => {
    const SAVE = `mutation($input: SavePlanActionInput!) { savePlanAction(input: $input) { id position } }`;
    const action = (title: string, extra: Record<string, unknown> = {}) => ({
      input: {
        partnershipId: ids.brest,
        title,
        objective: `Why: ${title}`,
        responsibleService: 'Direction de l’éducation',
        startsOn: '2026-02-01',
        endsOn: '2026-09-30',
        ...extra,
      },
    });
    const save = async (title: string, extra: Record<string, unknown> = {}) =>
      (
        await as<{ savePlanAction: { id: string } }>(
          'brestOfficial',
          brest,
          SAVE,
          action(title, extra),
        )
      ).savePlanAction.id;
    expect(await reasons('reviewer', rennes, SAVE, action('Mentor’s own'))).toEqual([
      'NOT_A_PLAN_AUTHOR',
    ]);
    expect(
      await reasons('brestOfficial', brest, SAVE, action('Wrong', { criterionId: ids.other })),
    ).toEqual(['NOT_IN_CHOSEN_CRITERIA']);
    expect(
      await reasons(
        'brestOfficial',
        brest,
        SAVE,
        action('Wrong', { criterionId: ids.school, keyFactorIds: [ids.otherFactor] }),
      ),
    ).toEqual(['KEY_FACTORS_OUTSIDE_CRITERION']);
    const desk = await save('Enrolment desk', {
      criterionId: ids.school,
      keyFactorIds: [ids.schoolFactor],
    });
    const leaflet = await save('Leaflet');
    const SUBMIT = `mutation($p: ID!, $s: PlanStage!) { submitPlanVersion(partnershipId: $p, stage: $s) {
      id number stage status actions { id } } }`;
    const first = (
      await as<{ submitPlanVersion: { id: string; number: number; actions: unknown[] } }>(
        'brestOfficial',
        brest,
        SUBMIT,
        { p: ids.brest, s: 'FIRST' },
      )
    ).submitPlanVersion;
    expect(first).toMatchObject({ number: 1, stage: 'FIRST', status: 'SUBMITTED' });
    expect(first.actions).toHaveLength(2);

    await as('brestOfficial', brest, SAVE, {
      input: {
        ...action('Enrolment desk', { criterionId: ids.school, keyFactorIds: [ids.schoolFactor] })
          .input,
        id: desk,
        endsOn: '2026-12-31',
      },
    });
    await as('brestOfficial', brest, `mutation($id: ID!) { removePlanAction(id: $id) }`, {
      id: leaflet,
    });
    const mentoringScheme = await save('Peer mentoring of families');
    const second = (
      await as<{ submitPlanVersion: { id: string; number: number } }>(
        'brestOfficial',
        brest,
        SUBMIT,
        {
          p: ids.brest,
          s: 'SECOND',
        },
      )
    ).submitPlanVersion;
    expect(second.number).toBe(2);
    Object.assign(ids, { firstVersion: first.id, secondVersion: second.id, desk });

    const DIFF = `query($a: ID!, $b: ID!) { planDiff(fromVersionId: $a, toVersionId: $b) {
      added { id } removed { id } changed { id changes { field before after } } } }`;
    const { planDiff } = await as<{
      planDiff: {
        added: { id: string }[];
        removed: { id: string }[];
        changed: { id: string; changes: unknown[] }[];
      };
    }>('reviewer', rennes, DIFF, { a: first.id, b: second.id });
    expect(planDiff).toEqual({
      added: [{ id: mentoringScheme }],
      removed: [{ id: leaflet }],
      changed: [
        { id: desk, changes: [{ field: 'endsOn', before: '2026-09-30', after: '2026-12-31' }] },
      ],
    });
    const versions = await as<{ planVersions: { number: number }[] }>(
      'reviewer',
      rennes,
      `query($p: ID!) { planVersions(partnershipId: $p) { number } }`,
      { p: ids.brest },
    );
    expect(versions.planVersions.map((v) => v.number)).toEqual([1, 2]);
    expect(
      await reasons(
        'bystander',
        rennes,
        `query($p: ID!) { planActions(partnershipId: $p) { id } }`,
        {
          p: ids.brest,
        },
      ),
    ).toEqual(['NOT_A_REVIEWER']);
    expect(
      await reasons('quimperCoordinator', quimper, DIFF, { a: first.id, b: second.id }),
    ).toEqual(['PLAN_VERSION_NOT_FOUND']);
    expect(
      await reasons('reviewer', rennes, `mutation($id: ID!) { removePlanAction(id: $id) }`, {
        id: desk,
      }),
    ).toEqual(['PLAN_ACTION_NOT_FOUND']);

    // Frozen for the runtime role itself: a submitted version's actions cannot be rewritten.
    const runtime = new Client({ connectionString: process.env.DATABASE_URL });
    await runtime.connect();
    try {
      await runtime.query('begin');
      await runtime.query(`select set_config('app.tenant_id', $1, true)`, [brest.id]);
      await expect(
        runtime.query(`update plan_version set snapshot = '[]' where id = $1`, [first.id]),
      ).rejects.toThrow(/permission denied/);
    } finally {
      await runtime.query('rollback');
      await runtime.end();
    }
  });

  it('lets the mentor’s reviewers comment and decide, and never touch the plan', async () => {
    const COMMENT = `mutation($v: ID!, $a: ID, $p: ID, $b: String!) {
      commentOnPlan(versionId: $v, actionId: $a, parentId: $p, body: $b) { id authorSide authorName } }`;
    const DECIDE = `mutation($v: ID!, $d: PlanVersionStatus!) {
      decidePlanVersion(versionId: $v, decision: $d, note: "See the comments") { status decisions { decision } } }`;
    const question = (
      await as<{ commentOnPlan: { id: string; authorSide: string; authorName: string } }>(
        'reviewer',
        rennes,
        COMMENT,
        { v: ids.secondVersion, a: ids.desk, b: 'Who staffs the desk?' },
      )
    ).commentOnPlan;
    expect(question).toMatchObject({
      authorSide: 'MENTOR',
      authorName: people.reviewer.displayName,
    });
    const answer = (
      await as<{ commentOnPlan: { authorSide: string } }>('brestOfficial', brest, COMMENT, {
        v: ids.secondVersion,
        p: question.id,
        b: 'Two school mediators',
      })
    ).commentOnPlan;
    expect(answer.authorSide).toBe('LEARNER');
    expect(
      await reasons('bystander', rennes, COMMENT, { v: ids.secondVersion, b: 'Me too' }),
    ).toEqual(['PLAN_VERSION_NOT_FOUND']);
    expect(
      await reasons('reviewer', rennes, COMMENT, { v: ids.secondVersion, a: ids.brest, b: 'x' }),
    ).toEqual(['NOT_IN_VERSION']);

    // Only a reviewer decides, only on the latest version, once.
    expect(
      await reasons('brestCoordinator', brest, DECIDE, { v: ids.secondVersion, d: 'APPROVED' }),
    ).toEqual(['NOT_A_REVIEWER']);
    expect(
      await reasons('reviewer', rennes, DECIDE, { v: ids.firstVersion, d: 'APPROVED' }),
    ).toEqual(['VERSION_ALREADY_DECIDED']);
    const requested = await as<{ decidePlanVersion: { status: string; decisions: unknown[] } }>(
      'reviewer',
      rennes,
      DECIDE,
      { v: ids.secondVersion, d: 'CHANGES_REQUESTED' },
    );
    expect(requested.decidePlanVersion).toEqual({
      status: 'CHANGES_REQUESTED',
      decisions: [{ decision: 'CHANGES_REQUESTED' }],
    });
    expect(
      await reasons('reviewer', rennes, DECIDE, { v: ids.secondVersion, d: 'APPROVED' }),
    ).toEqual(['VERSION_ALREADY_DECIDED']);
    const third = (
      await as<{ submitPlanVersion: { id: string } }>(
        'brestOfficial',
        brest,
        `mutation($p: ID!) { submitPlanVersion(partnershipId: $p, stage: SECOND) { id } }`,
        { p: ids.brest },
      )
    ).submitPlanVersion;
    const approved = await as<{ decidePlanVersion: { status: string } }>(
      'reviewer',
      rennes,
      DECIDE,
      {
        v: third.id,
        d: 'APPROVED',
      },
    );
    expect(approved.decidePlanVersion.status).toBe('APPROVED');

    const thread = await as<{ planComments: { parentId: string | null; body: string }[] }>(
      'brestCoordinator',
      brest,
      `query($v: ID!) { planComments(versionId: $v) { parentId body } }`,
      { v: ids.secondVersion },
    );
    expect(thread.planComments).toEqual([
      { parentId: null, body: 'Who staffs the desk?' },
      { parentId: question.id, body: 'Two school mediators' },
    ]);

    // Even in SQL, the mentor's reviewer writes a decision, never the plan.
    const runtime = new Client({ connectionString: process.env.DATABASE_URL });
    await runtime.connect();
    try {
      await runtime.query('begin');
      await runtime.query(
        `select set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true)`,
        [rennes.id, people.reviewer.id],
      );
      const touched = await runtime.query(
        `update plan_action set title = 'Mentor’s' where id = $1`,
        [ids.desk],
      );
      expect(touched.rowCount).toBe(0);
      await expect(
        runtime.query(`update plan_version set snapshot = '[]' where id = $1`, [third.id]),
      ).rejects.toThrow(/permission denied/);
    } finally {
      await runtime.query('rollback');
      await runtime.end();
    }
  });

  it('records the pair’s study visits, and lists the network’s academies for every city', async () => {
    const SAVE = `mutation($input: SaveStudyVisitInput!) { saveStudyVisit(input: $input) { id participants } }`;
    const visit = {
      partnershipId: ids.brest,
      stage: 'SECOND',
      host: 'MENTOR',
      startsOn: '2026-05-11',
      endsOn: '2026-05-12',
      agenda: 'Enrolment desks, meeting with parents’ associations',
      participants: ['Direction de l’éducation', ' Association des parents '],
    };
    expect(await reasons('reviewer', rennes, SAVE, { input: visit })).toEqual([
      'NOT_A_PLAN_AUTHOR',
    ]);
    expect(
      await reasons('brestOfficial', brest, SAVE, { input: { ...visit, endsOn: '2026-05-01' } }),
    ).toEqual(['INVALID_DATE_RANGE']);
    const saved = await as<{ saveStudyVisit: { id: string; participants: string[] } }>(
      'brestOfficial',
      brest,
      SAVE,
      { input: visit },
    );
    expect(saved.saveStudyVisit.participants).toEqual([
      'Direction de l’éducation',
      'Association des parents',
    ]);
    await as('brestOfficial', brest, SAVE, {
      input: { ...visit, id: saved.saveStudyVisit.id, outcomes: 'A shared enrolment form' },
    });
    const seen = await as<{ studyVisits: { outcomes: string }[] }>(
      'reviewer',
      rennes,
      `query($p: ID!) { studyVisits(partnershipId: $p) { outcomes } }`,
      { p: ids.brest },
    );
    expect(seen.studyVisits).toEqual([{ outcomes: 'A shared enrolment form' }]);

    const EVENT = `mutation($input: SaveNetworkEventInput!) { saveNetworkEvent(input: $input) { id } }`;
    const academy = {
      kind: 'TRAINING_ACADEMY',
      title: { fr: 'Académie de mentorat', en: 'Mentoring academy' },
      description: { fr: 'Deux jours', en: 'Two days' },
      startsOn: '2026-09-14',
      endsOn: '2026-09-15',
      place: 'Bruxelles',
    };
    expect(await reasons('rennesCoordinator', rennes, EVENT, { input: academy })).toEqual([
      'NETWORK_OPERATOR_ONLY',
    ]);
    await asOperator(EVENT, { input: academy });
    const events = await as<{ networkEvents: { title: { en: string } }[] }>(
      'brestCoordinator',
      brest,
      `{ networkEvents(from: "2026-09-01") { title { en } } }`,
    );
    expect(events.networkEvents.map((e) => e.title.en)).toContain('Mentoring academy');
  });

  it('keeps a proposal closed to reviewers until both cities accept, and a closed pair readable', async () => {
    await as('rennesCoordinator', rennes, MEMBERS, {
      id: ids.quimper,
      ids: [await membershipOf(rennes, 'reviewer')],
    });
    expect(await reasons('reviewer', rennes, NEEDS, { p: ids.quimper })).toEqual([
      'NOT_A_REVIEWER',
    ]);
    await asOperator(`mutation($id: ID!) { closePartnership(id: $id) { status } }`, {
      id: ids.brest,
    });
    const { needsAssessments } = await as<{ needsAssessments: unknown[] }>(
      'reviewer',
      rennes,
      NEEDS,
      {
        p: ids.brest,
      },
    );
    expect(needsAssessments).toHaveLength(2);
    expect(
      await reasons(
        'operator',
        null,
        `mutation($id: ID!) { closePartnership(id: $id) { status } }`,
        {
          id: ids.brest,
        },
      ),
    ).toEqual(['PARTNERSHIP_STATUS_NOT_ALLOWED']);
    const { networkPartnerships } = await asOperator<{ networkPartnerships: { id: string }[] }>(
      `{ networkPartnerships { id } }`,
    );
    expect(networkPartnerships.map((p) => p.id)).toEqual(
      expect.arrayContaining([ids.brest, ids.quimper]),
    );
  });

  it('mails each step of the review to the other side, each person in their language', async () => {
    const f = api.factories;
    const [cork, saintMalo] = await Promise.all([
      f.newTenant({ name: 'Cork', country: 'IE', defaultLocale: 'en' }),
      f.newTenant({ name: 'Saint-Malo' }),
    ]);
    const cast = await Promise.all([
      f.cast(cork, {
        corkCoordinator: MembershipRole.Coordinator,
        corkReviewer: MembershipRole.Observer,
      }),
      f.cast(saintMalo, {
        maloCoordinator: MembershipRole.Coordinator,
        maloAuthor: MembershipRole.Observer,
        maloBystander: MembershipRole.Facilitator,
      }),
    ]);
    const ours = Object.assign({}, ...cast.map((c) => c.people)) as Record<string, User>;
    Object.assign(people, ours);
    for (const c of cast) Object.assign(tokens, c.tokens);
    const pair = await propose(cork, saintMalo, 'EDUCATION');
    await as('corkCoordinator', cork, RESPOND, { id: pair, accept: true });
    await as('maloCoordinator', saintMalo, RESPOND, { id: pair, accept: true });
    await as('corkCoordinator', cork, MEMBERS, {
      id: pair,
      ids: [await membershipOf(cork, 'corkReviewer')],
    });
    await as('maloCoordinator', saintMalo, MEMBERS, {
      id: pair,
      ids: [await membershipOf(saintMalo, 'maloAuthor')],
    });
    // A person's own language wins over their city's.
    await sql(`update app_user set locale = 'en' where id = $1`, [people.maloAuthor.id]);

    const mails = async (template: string) =>
      (
        await sql<{
          to: string;
          locale: string;
          tenant_id: string;
          params: Record<string, unknown>;
        }>(
          `select payload->>'to' as to, payload->>'locale' as locale, tenant_id, payload->'params' as params
             from outbox_message where payload->>'template' = $1
              and payload->>'to' = any($2) order by payload->>'to'`,
          [template, Object.values(ours).map((p) => p.email)],
        )
      ).map((m) => ({ ...m, who: Object.keys(ours).find((k) => ours[k].email === m.to) }));

    const { savePlanAction: desk } = await as<{ savePlanAction: { id: string } }>(
      'maloAuthor',
      saintMalo,
      `mutation($input: SavePlanActionInput!) { savePlanAction(input: $input) { id } }`,
      {
        input: {
          partnershipId: pair,
          title: 'Guichet unique d’inscription',
          objective: 'Inscrire chaque enfant en trois semaines',
          responsibleService: 'Direction de l’éducation',
          startsOn: '2026-03-01',
          endsOn: '2027-02-28',
        },
      },
    );
    const { submitPlanVersion: version } = await as<{ submitPlanVersion: { id: string } }>(
      'maloAuthor',
      saintMalo,
      `mutation($p: ID!) { submitPlanVersion(partnershipId: $p, stage: FIRST) { id } }`,
      { p: pair },
    );
    expect(await mails('plan-submitted')).toEqual([
      {
        who: 'corkReviewer',
        to: people.corkReviewer.email,
        locale: 'en',
        tenant_id: saintMalo.id,
        params: expect.objectContaining({
          learnerCity: 'Saint-Malo',
          mentorCity: 'Cork',
          versionNumber: 1,
          stage: 'first',
          actions: 1,
          submittedBy: people.maloAuthor.displayName,
        }),
      },
    ]);

    const COMMENT = `mutation($v: ID!, $a: ID, $p: ID, $b: String!) {
      commentOnPlan(versionId: $v, actionId: $a, parentId: $p, body: $b) { id } }`;
    const { commentOnPlan: question } = await as<{ commentOnPlan: { id: string } }>(
      'corkReviewer',
      cork,
      COMMENT,
      { v: version.id, a: desk.id, b: 'Who staffs it on Saturdays?' },
    );
    expect(
      (await mails('plan-comment')).map((m) => [
        m.who,
        m.locale,
        m.params.actionTitle,
        m.params.reply,
      ]),
    ).toEqual(
      [
        ['maloAuthor', 'en', 'Guichet unique d’inscription', false],
        ['maloCoordinator', 'fr', 'Guichet unique d’inscription', false],
      ].sort((a, b) => people[a[0] as string].email.localeCompare(people[b[0] as string].email)),
    );
    await as('maloAuthor', saintMalo, COMMENT, {
      v: version.id,
      p: question.id,
      b: 'Two mediators',
    });
    const toReviewer = (await mails('plan-comment')).filter((m) => m.who === 'corkReviewer');
    expect(toReviewer).toEqual([
      expect.objectContaining({
        locale: 'en',
        tenant_id: saintMalo.id,
        params: expect.objectContaining({
          authorName: people.maloAuthor.displayName,
          authorCity: 'Saint-Malo',
          reply: true,
          excerpt: 'Two mediators',
        }),
      }),
    ]);

    await as(
      'corkReviewer',
      cork,
      `mutation($v: ID!) { decidePlanVersion(versionId: $v, decision: APPROVED, note: "Bravo") { status } }`,
      { v: version.id },
    );
    const decisions = await mails('plan-decision');
    expect(decisions.map((m) => m.who).sort()).toEqual(['maloAuthor', 'maloCoordinator']);
    expect(decisions[0]).toMatchObject({
      tenant_id: cork.id,
      params: {
        decision: 'approved',
        note: 'Bravo',
        reviewerName: people.corkReviewer.displayName,
      },
    });
    // The versions as the plan's page reads them, with their reviews.
    const read = await as<{
      planVersions: {
        status: string;
        actions: { title: string }[];
        decisions: { decision: string; note: string; reviewerName: string }[];
        comments: { body: string; authorName: string; parentId: string | null }[];
      }[];
    }>(
      'maloAuthor',
      saintMalo,
      `query($p: ID!) { planVersions(partnershipId: $p) { status actions { title }
        decisions { decision note reviewerName } comments { body authorName parentId } } }`,
      { p: pair },
    );
    const latest = read.planVersions[read.planVersions.length - 1];
    expect(latest.actions.map((action) => action.title)).toContain('Guichet unique d’inscription');
    expect(latest.decisions).toEqual([
      { decision: 'APPROVED', note: 'Bravo', reviewerName: people.corkReviewer.displayName },
    ]);
    expect(latest.comments).toContainEqual({
      body: 'Two mediators',
      authorName: people.maloAuthor.displayName,
      parentId: question.id,
    });
    // Nobody outside the review hears of it: not the mentor's coordinator, not the bystander.
    for (const template of ['plan-submitted', 'plan-comment', 'plan-decision']) {
      expect((await mails(template)).map((m) => m.who)).not.toEqual(
        expect.arrayContaining(['corkCoordinator']),
      );
      expect((await mails(template)).map((m) => m.who)).not.toEqual(
        expect.arrayContaining(['maloBystander']),
      );
    }
    ids.maloPair = pair;
    ids.maloDesk = desk.id;
    Object.assign(cities, { cork, saintMalo });
  });

  it('turns an approved action into a commitment of the learner city, on its dashboards', async () => {
    const { cork, saintMalo } = cities;
    const COMMIT = `mutation($input: CommitPlanActionInput!) { commitPlanAction(input: $input) {
      id recommendationId sourceActionId title { fr en } department startDate dueDate status ownerId } }`;
    const commit = (actionId: string, ownerId = people.maloAuthor.id) => ({
      input: { partnershipId: ids.maloPair, actionId, ownerId },
    });
    expect(await reasons('corkCoordinator', cork, COMMIT, commit(ids.maloDesk))).toEqual([
      'NOT_A_PLAN_AUTHOR',
    ]);
    expect(await reasons('maloAuthor', saintMalo, COMMIT, commit(ids.maloDesk))).toEqual([
      'FORBIDDEN',
    ]);
    expect(await reasons('quimperCoordinator', quimper, COMMIT, commit(ids.maloDesk))).toEqual([
      'PARTNERSHIP_NOT_FOUND',
    ]);
    // Written after the approval, so never approved.
    const { savePlanAction: later } = await as<{ savePlanAction: { id: string } }>(
      'maloCoordinator',
      saintMalo,
      `mutation($input: SavePlanActionInput!) { savePlanAction(input: $input) { id } }`,
      {
        input: {
          partnershipId: ids.maloPair,
          title: 'Parents’ café',
          objective: 'Meet families',
          responsibleService: 'Écoles',
          startsOn: '2026-09-01',
          endsOn: '2027-06-30',
        },
      },
    );
    expect(await reasons('maloCoordinator', saintMalo, COMMIT, commit(later.id))).toEqual([
      'ACTION_NOT_APPROVED',
    ]);

    const { commitPlanAction: commitment } = await as<{
      commitPlanAction: Record<string, unknown>;
    }>('maloCoordinator', saintMalo, COMMIT, commit(ids.maloDesk));
    expect(commitment).toMatchObject({
      recommendationId: null,
      sourceActionId: ids.maloDesk,
      title: { fr: 'Guichet unique d’inscription', en: 'Guichet unique d’inscription' },
      department: 'Direction de l’éducation',
      startDate: '2026-03-01',
      dueDate: '2027-02-28',
      status: 'NOT_STARTED',
      ownerId: people.maloAuthor.id,
    });
    expect(await reasons('maloCoordinator', saintMalo, COMMIT, commit(ids.maloDesk))).toEqual([
      'ACTION_ALREADY_COMMITTED',
    ]);

    const listed = await as<{
      commitments: { edges: { node: { id: string; recommendation: unknown } }[] };
      commitment: { sourceActionId: string };
    }>(
      'maloCoordinator',
      saintMalo,
      `query($id: ID!) { commitments(first: 10) { edges { node { id recommendation { id } } } }
         commitment(id: $id) { sourceActionId } }`,
      { id: commitment.id },
    );
    expect(listed.commitments.edges).toEqual([
      { node: { id: commitment.id, recommendation: null } },
    ]);
    expect(listed.commitment.sourceActionId).toBe(ids.maloDesk);

    const { followUpDashboard } = await as<{
      followUpDashboard: { figures: { commitments: { total: number } } };
    }>('maloCoordinator', saintMalo, `{ followUpDashboard { figures { commitments { total } } } }`);
    expect(followUpDashboard.figures.commitments.total).toBe(1);
    const network = async (filter: string) =>
      (
        await asOperator<{
          networkFollowUp: { cities: { name: string; commitments: { total: number } }[] };
        }>(`{ networkFollowUp(country: "FR"${filter}) { cities { name commitments { total } } } }`)
      ).networkFollowUp.cities.find((city) => city.name === 'Saint-Malo')?.commitments.total;
    expect(await network('')).toBe(1);
    expect(await network(', methodology: "inclucities-mentoring"')).toBe(1);
    // A recommendation's theme or methodology selects recommendations' commitments only.
    expect(await network(', methodology: "resilient-cities"')).toBe(0);
    expect(await network(', theme: PARTICIPATION')).toBe(0);
  });
});
