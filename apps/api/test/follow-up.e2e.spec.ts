import { Client } from 'pg';
import { MembershipRole, type User } from '@inclusion/identity';
import type { Tenant } from '@inclusion/tenancy';
import { startApi, type ApiHarness } from './harness';

const text = (words: string) => ({ fr: `${words} (fr)`, en: words });

const RECOMMENDATION = `id status answer answeredOn theme externalId
  title { fr en } coauthors { membershipId displayName }
  answerHistory { decision reason answeredOn answeredBy }`;
const CREATE_RECOMMENDATION = `mutation($input: CreateRecommendationInput!) {
  createRecommendation(input: $input) { ${RECOMMENDATION} } }`;
const UPDATE_RECOMMENDATION = `mutation($input: UpdateRecommendationInput!) {
  updateRecommendation(input: $input) { ${RECOMMENDATION} } }`;
const ADVANCE = `mutation($id: ID!, $status: RecommendationStatus!) {
  advanceRecommendation(id: $id, status: $status) { id status } }`;
const ANSWER = `mutation($input: AnswerRecommendationInput!) {
  answerRecommendation(input: $input) { ${RECOMMENDATION} } }`;
const DELETE_RECOMMENDATION = `mutation($id: ID!) { deleteRecommendation(id: $id) }`;
const COMMITMENT = `id parentId status statusReason progress weight department ownerId ownerName
  startDate dueDate publishedAt overdue stale dueSoon
  updates { progress status note evidence rolledUp authorName }`;
const CREATE_COMMITMENT = `mutation($input: CreateCommitmentInput!) {
  createCommitment(input: $input) { ${COMMITMENT} } }`;
const UPDATE_COMMITMENT = `mutation($input: UpdateCommitmentInput!) {
  updateCommitment(input: $input) { ${COMMITMENT} } }`;
const PROGRESS = `mutation($input: RecordProgressInput!) {
  recordCommitmentProgress(input: $input) { ${COMMITMENT} } }`;
const PUBLISH = `mutation($id: ID!, $published: Boolean!) {
  publishCommitment(id: $id, published: $published) { id publishedAt } }`;
const COMMITMENT_BY_ID = `query($id: ID!) { commitment(id: $id) {
  ${COMMITMENT} milestones { id progress publishedAt dueDate } } }`;
const PUBLIC = `query($city: String!, $locale: Locale) { publicFollowUp(city: $city, locale: $locale) {
  cityName locale averageProgress counts { total done inProgress }
  commitments { id title description department progress status statusReason startDate dueDate
    lastUpdateOn recommendationTitle theme localTheme
    milestones { title progress dueDate } history { on progress status } } } }`;
const DASHBOARD = `query($interval: SeriesInterval, $points: Int, $theme: RecommendationTheme) {
  followUpDashboard(interval: $interval, points: $points, theme: $theme) {
    figures { recommendations submitted answered accepted partlyAccepted declined underStudy
      commitments { total notStarted inProgress done delayed abandoned }
      averageProgress shareDone overdue stale lastUpdateAt }
    byTheme { theme recommendations commitments done }
    overdue { id } stale { id }
    progressOverTime { periodEnd commitments averageProgress } } }`;
const NETWORK = `query($country: String, $theme: RecommendationTheme, $editionYear: Int,
  $from: String, $to: String, $offset: Int) {
  networkFollowUp(country: $country, theme: $theme, editionYear: $editionYear, from: $from, to: $to) {
    totals { recommendations answered averageProgress overdue stale
      commitments { total done } }
    cityCount
    cities(first: 100, offset: $offset) { tenantId name country recommendations answered overdue stale
      averageProgress lastUpdateAt commitments { total done inProgress } }
    progressOverTime { periodEnd commitments averageProgress } } }`;
const NETWORK_PAGE = `query($first: Int, $offset: Int) { networkFollowUp {
  cityCount cities(first: $first, offset: $offset) { tenantId } } }`;

interface CommitmentView {
  id: string;
  parentId: string | null;
  status: string;
  statusReason: string | null;
  progress: number;
  weight: number;
  department: string;
  ownerId: string | null;
  ownerName: string | null;
  startDate: string;
  dueDate: string;
  publishedAt: string | null;
  overdue: boolean;
  stale: boolean;
  dueSoon: boolean;
  updates: {
    progress: number;
    status: string;
    note: string | null;
    evidence: string[];
    rolledUp: boolean;
    authorName: string | null;
  }[];
}

const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/**
 * The follow-up end to end: recommendations co-written by the cohorts and moved on to the city,
 * the city's dated answers, commitments with weighted milestones and an append-only history,
 * the public page, the city's dashboard, and the network's through its owner-run functions.
 */
describe('follow-up of recommendations and commitments', () => {
  let api: ApiHarness;
  let lyon: Tenant;
  let brest: Tenant;
  let liege: Tenant;
  let editionId: string;
  let people: Record<string, User>;
  let tokens: Record<string, string>;
  let operatorToken: string;
  const ids: Record<string, string> = {};

  const as = <T = Record<string, unknown>>(
    who: string,
    query: string,
    variables: Record<string, unknown> = {},
    tenant: Tenant = lyon,
  ) => api.client.ok<T>(query, variables, { token: tokens[who], tenant: tenant.slug });
  const reasons = async (who: string, query: string, variables: Record<string, unknown> = {}) =>
    (
      (await api.client.request(query, variables, { token: tokens[who], tenant: lyon.slug }))
        .errors ?? []
    ).map((error) => error.extensions?.reason ?? error.extensions?.code);
  const commitment = async (id: string) =>
    (
      await as<{ commitment: CommitmentView & { milestones: CommitmentView[] } }>(
        'coordinator',
        COMMITMENT_BY_ID,
        { id },
      )
    ).commitment;

  /** Moves time back for rows the test needs to be old, as the owner within the city's scope. */
  const backdate = async (tenant: Tenant, statements: [string, unknown[]][]) => {
    const owner = new Client({ connectionString: process.env.DATABASE_OWNER_URL });
    await owner.connect();
    try {
      await owner.query('begin');
      await owner.query(`select set_config('app.tenant_id', $1, true)`, [tenant.id]);
      for (const [sql, values] of statements) await owner.query(sql, values);
      await owner.query('commit');
    } finally {
      await owner.end();
    }
  };

  const newEdition = async (who: string, tenant: Tenant, startDate: string) => {
    const templateVersionId = await api.factories.builtInTemplate(tokens[who]);
    return (
      await as<{ createEdition: { id: string } }>(
        who,
        `mutation($input: CreateEditionInput!) { createEdition(input: $input) { id } }`,
        { input: { name: 'Edition', templateVersionId, startDate } },
        tenant,
      )
    ).createEdition.id;
  };

  /** A recommendation taken to the city and accepted, by the coordinator of `tenant`. */
  const acceptedRecommendation = async (
    who: string,
    tenant: Tenant,
    edition: string,
    theme = 'PARTICIPATION',
  ) => {
    const created = await as<{ createRecommendation: { id: string } }>(
      who,
      CREATE_RECOMMENDATION,
      { input: { editionId: edition, title: text('Recommend'), body: text('Because'), theme } },
      tenant,
    );
    const id = created.createRecommendation.id;
    await as(who, ADVANCE, { id, status: 'ADOPTED' }, tenant);
    await as(who, ADVANCE, { id, status: 'SUBMITTED' }, tenant);
    await as(who, ANSWER, { input: { recommendationId: id, decision: 'ACCEPTED' } }, tenant);
    return id;
  };

  beforeAll(async () => {
    api = await startApi();
    const f = api.factories;
    lyon = await f.newTenant({ name: 'Lyon' });
    brest = await f.newTenant({ name: 'Brest' });
    liege = await f.newTenant({ name: 'Liège', country: 'BE' });
    ({ people, tokens } = await f.cast(lyon, {
      coordinator: MembershipRole.Coordinator,
      facilitator: MembershipRole.Facilitator,
      newcomer: MembershipRole.Newcomer,
      otherNewcomer: MembershipRole.Newcomer,
      official: MembershipRole.Observer,
    }));
    const elsewhere = await f.cast(brest, { brestCoordinator: MembershipRole.Coordinator });
    const belgium = await f.cast(liege, { liegeCoordinator: MembershipRole.Coordinator });
    Object.assign(people, elsewhere.people, belgium.people);
    Object.assign(tokens, elsewhere.tokens, belgium.tokens);
    operatorToken = await f.signIn(await f.newUser({ networkOperator: true }));
    editionId = await newEdition('coordinator', lyon, '2024-02-05');
  });

  afterAll(() => api.close());

  it('lets the cohorts co-write a recommendation and the team take it to the city', async () => {
    const members = await as<{
      memberships: { edges: { node: { id: string; user: { id: string } } }[] };
    }>('coordinator', `{ memberships(first: 100) { edges { node { id user { id } } } } }`);
    const membershipOf = (who: string) =>
      members.memberships.edges.find((edge) => edge.node.user.id === people[who].id)!.node.id;

    const written = await as<{
      createRecommendation: { id: string; coauthors: { membershipId: string }[] };
    }>('newcomer', CREATE_RECOMMENDATION, {
      input: {
        editionId,
        title: text('Interpreting at the town hall'),
        body: text('Offer interpreting at every front desk'),
        theme: 'INFORMATION_ACCESS',
        externalId: 'LYON-R1',
      },
    });
    ids.recommendation = written.createRecommendation.id;
    expect(written.createRecommendation.coauthors.map((c) => c.membershipId)).toEqual([
      membershipOf('newcomer'),
    ]);

    // A participant who is not one of its authors does not rewrite it.
    expect(
      await reasons('otherNewcomer', UPDATE_RECOMMENDATION, {
        input: { id: ids.recommendation, body: text('Something else') },
      }),
    ).toEqual(['NOT_A_COAUTHOR']);
    expect(
      await reasons('newcomer', UPDATE_RECOMMENDATION, {
        input: { id: ids.recommendation, theme: 'LOCAL' },
      }),
    ).toEqual(['LOCAL_THEME_MISMATCH']);
    expect(
      await reasons('newcomer', UPDATE_RECOMMENDATION, {
        input: { id: ids.recommendation, coauthorIds: [people.coordinator.id] },
      }),
    ).toEqual(['NOT_A_MEMBER']);
    const shared = await as<{ updateRecommendation: { coauthors: { membershipId: string }[] } }>(
      'newcomer',
      UPDATE_RECOMMENDATION,
      {
        input: {
          id: ids.recommendation,
          coauthorIds: [membershipOf('newcomer'), membershipOf('otherNewcomer')],
        },
      },
    );
    expect(shared.updateRecommendation.coauthors).toHaveLength(2);

    // Participants write; the team moves it on.
    expect(
      await reasons('newcomer', ADVANCE, { id: ids.recommendation, status: 'ADOPTED' }),
    ).toEqual(['FORBIDDEN']);
    expect(
      await reasons('facilitator', ADVANCE, { id: ids.recommendation, status: 'SUBMITTED' }),
    ).toEqual(['RECOMMENDATION_STATUS_NOT_ALLOWED']);
    await as('facilitator', ADVANCE, { id: ids.recommendation, status: 'ADOPTED' });
    await as('facilitator', ADVANCE, { id: ids.recommendation, status: 'PRESENTED' });
    expect(
      await reasons('newcomer', UPDATE_RECOMMENDATION, {
        input: { id: ids.recommendation, body: text('Later') },
      }),
    ).toEqual(['RECOMMENDATION_NOT_EDITABLE']);
    expect(await reasons('newcomer', DELETE_RECOMMENDATION, { id: ids.recommendation })).toEqual([
      'RECOMMENDATION_NOT_DRAFT',
    ]);

    const draft = await as<{ createRecommendation: { id: string } }>(
      'coordinator',
      CREATE_RECOMMENDATION,
      {
        input: {
          editionId,
          title: text('Draft'),
          body: text('Draft'),
          theme: 'LOCAL',
          localTheme: text('Sport'),
        },
      },
    );
    await as('coordinator', DELETE_RECOMMENDATION, { id: draft.createRecommendation.id });
    expect(
      await reasons('coordinator', `query($id: ID!) { recommendation(id: $id) { id } }`, {
        id: draft.createRecommendation.id,
      }),
    ).toEqual(['RECOMMENDATION_NOT_FOUND']);
  });

  it('records the city’s answers, dated and attributed, one after the other', async () => {
    const answer = (who: string, input: Record<string, unknown>) =>
      reasons(who, ANSWER, { input: { recommendationId: ids.recommendation, ...input } });
    expect(await answer('coordinator', { decision: 'ACCEPTED' })).toEqual([
      'RECOMMENDATION_NOT_SUBMITTED',
    ]);
    await as('facilitator', ADVANCE, { id: ids.recommendation, status: 'SUBMITTED' });
    expect(await answer('facilitator', { decision: 'ACCEPTED' })).toEqual(['FORBIDDEN']);
    expect(await answer('coordinator', { decision: 'DECLINED' })).toEqual([
      'DECLINE_REASON_REQUIRED',
    ]);
    expect(await answer('coordinator', { decision: 'ACCEPTED', answeredOn: isoDay(3) })).toEqual([
      'ANSWER_DATE_IN_FUTURE',
    ]);
    await as('coordinator', ANSWER, {
      input: {
        recommendationId: ids.recommendation,
        decision: 'UNDER_STUDY',
        answeredOn: '2025-03-20',
      },
    });
    const accepted = await as<{
      answerRecommendation: {
        answer: string;
        answerHistory: { decision: string; answeredOn: string; answeredBy: string }[];
      };
    }>('coordinator', ANSWER, {
      input: {
        recommendationId: ids.recommendation,
        decision: 'PARTLY_ACCEPTED',
        reason: 'Two desks first',
      },
    });
    expect(accepted.answerRecommendation.answer).toBe('PARTLY_ACCEPTED');
    expect(accepted.answerRecommendation.answerHistory).toEqual([
      expect.objectContaining({
        decision: 'PARTLY_ACCEPTED',
        answeredBy: people.coordinator.displayName,
      }),
      expect.objectContaining({ decision: 'UNDER_STUDY', answeredOn: '2025-03-20' }),
    ]);
  });

  it('turns an accepted recommendation into commitments with weighted milestones', async () => {
    const base = {
      recommendationId: ids.recommendation,
      title: text('Interpreters at two desks'),
      department: 'Direction de la relation usagers',
      ownerId: people.official.id,
      startDate: '2025-04-01',
      dueDate: isoDay(10),
      externalId: 'LYON-C1',
    };
    expect(
      await reasons('coordinator', CREATE_COMMITMENT, {
        input: { ...base, ownerId: people.brestCoordinator.id },
      }),
    ).toEqual(['NOT_A_MEMBER']);
    expect(
      await reasons('coordinator', CREATE_COMMITMENT, {
        input: { ...base, dueDate: '2025-01-01' },
      }),
    ).toEqual(['INVALID_DATE_RANGE']);
    expect(await reasons('facilitator', CREATE_COMMITMENT, { input: base })).toEqual(['FORBIDDEN']);
    const { department: _department, dueDate: _dueDate, ...incomplete } = base;
    expect(await reasons('coordinator', CREATE_COMMITMENT, { input: incomplete })).toEqual([
      'COMMITMENT_FIELDS_REQUIRED',
    ]);
    const created = await as<{ createCommitment: CommitmentView }>(
      'coordinator',
      CREATE_COMMITMENT,
      {
        input: base,
      },
    );
    ids.commitment = created.createCommitment.id;
    expect(created.createCommitment).toMatchObject({
      status: 'NOT_STARTED',
      progress: 0,
      ownerName: people.official.displayName,
      dueSoon: true,
      overdue: false,
      updates: [{ progress: 0, status: 'NOT_STARTED', rolledUp: false }],
    });
    expect(await reasons('coordinator', CREATE_COMMITMENT, { input: base })).toEqual([
      'EXTERNAL_ID_TAKEN',
    ]);

    const milestone = async (title: string, weight: number) =>
      (
        await as<{ createCommitment: CommitmentView }>('coordinator', CREATE_COMMITMENT, {
          input: { parentId: ids.commitment, title: text(title), weight },
        })
      ).createCommitment;
    const recruit = await milestone('Recruit interpreters', 3);
    const train = await milestone('Train the desks', 1);
    // What a milestone leaves out comes from its commitment.
    expect(recruit).toMatchObject({
      parentId: ids.commitment,
      department: base.department,
      ownerId: people.official.id,
    });
    ids.milestone = recruit.id;
    expect(
      await reasons('coordinator', CREATE_COMMITMENT, {
        input: { parentId: recruit.id, title: text('Too deep') },
      }),
    ).toEqual(['MILESTONE_OF_MILESTONE']);

    // The owner reports; another member does not.
    expect(
      await reasons('newcomer', PROGRESS, { input: { commitmentId: recruit.id, progress: 50 } }),
    ).toEqual(['NOT_COMMITMENT_OWNER']);
    await as('official', PROGRESS, {
      input: {
        commitmentId: recruit.id,
        progress: 100,
        status: 'DONE',
        note: 'Four interpreters hired',
        evidence: ['https://www.lyon.fr/deliberation-2025-112'],
      },
    });
    await as('official', PROGRESS, {
      input: { commitmentId: train.id, progress: 40, status: 'IN_PROGRESS' },
    });
    let parent = await commitment(ids.commitment);
    expect(parent.progress).toBe(85); // (100 × 3 + 40 × 1) / 4
    expect(parent.updates[0]).toMatchObject({ progress: 85, rolledUp: true, authorName: null });
    expect(
      await reasons('official', PROGRESS, {
        input: { commitmentId: ids.commitment, progress: 90 },
      }),
    ).toEqual(['PROGRESS_ROLLS_UP']);

    expect(
      await reasons('official', PROGRESS, {
        input: { commitmentId: train.id, evidence: ['javascript:alert(1)'] },
      }),
    ).toEqual(['INVALID_EVIDENCE_LINK']);
    expect(
      await reasons('official', PROGRESS, {
        input: { commitmentId: train.id, status: 'ABANDONED' },
      }),
    ).toEqual(['ABANDON_REASON_REQUIRED']);
    expect(await reasons('official', PROGRESS, { input: { commitmentId: train.id } })).toEqual([
      'NOTHING_TO_RECORD',
    ]);
    // An abandoned milestone no longer holds its commitment back.
    await as('coordinator', PROGRESS, {
      input: { commitmentId: train.id, status: 'ABANDONED', statusReason: 'Trained by the region' },
    });
    parent = await commitment(ids.commitment);
    expect(parent.progress).toBe(100);
    // Reweighting a milestone rolls up again.
    await as('coordinator', UPDATE_COMMITMENT, { input: { id: train.id, weight: 5 } });
    expect((await commitment(ids.commitment)).progress).toBe(100);

    const trainView = await commitment(train.id);
    expect(trainView.updates.map((u) => u.status)).toEqual([
      'ABANDONED',
      'IN_PROGRESS',
      'NOT_STARTED',
    ]);
    expect(trainView.updates[0].authorName).toBe(people.coordinator.displayName);

    // Going back on the answer would leave the commitment answering nothing.
    expect(
      await reasons('coordinator', ANSWER, {
        input: { recommendationId: ids.recommendation, decision: 'DECLINED', reason: 'Budget' },
      }),
    ).toEqual(['ANSWER_HAS_COMMITMENTS']);
  });

  it('lists the city’s commitments a page at a time, soonest due first, as read one by one', async () => {
    // A city of its own, so that the dashboards' counts below stay Lyon's.
    const rennes = await api.factories.newTenant({ name: 'Rennes' });
    const cast = await api.factories.cast(rennes, {
      rennesCoordinator: MembershipRole.Coordinator,
      rennesFacilitator: MembershipRole.Facilitator,
    });
    Object.assign(tokens, cast.tokens);
    const rennesEdition = await newEdition('rennesCoordinator', rennes, '2024-02-05');
    const recommendationId = await acceptedRecommendation(
      'rennesCoordinator',
      rennes,
      rennesEdition,
    );
    const listed = [isoDay(-3), isoDay(40), isoDay(20)];
    for (const [i, dueDate] of listed.entries()) {
      const input = {
        recommendationId,
        title: text(`Listed ${i}`),
        department: 'Direction de la participation',
        ownerId: cast.people.rennesFacilitator.id,
        startDate: isoDay(-30),
        dueDate,
      };
      await as('rennesCoordinator', CREATE_COMMITMENT, { input }, rennes);
    }
    const page = (after?: string) =>
      as<{
        commitments: {
          edges: { node: CommitmentView }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      }>(
        'rennesCoordinator',
        `query($after: String) { commitments(first: 2, after: $after) {
          edges { node { ${COMMITMENT} } } pageInfo { hasNextPage endCursor } } }`,
        { after },
        rennes,
      );
    const first = await page();
    expect(first.commitments.pageInfo.hasNextPage).toBe(true);
    const second = await page(first.commitments.pageInfo.endCursor ?? undefined);
    expect(second.commitments.pageInfo.hasNextPage).toBe(false);
    const nodes = [...first.commitments.edges, ...second.commitments.edges].map((e) => e.node);
    expect(nodes.map((node) => node.dueDate)).toEqual([...listed].sort());
    // The list reads plain rows, the single read a managed entity: the same answer.
    for (const node of nodes) {
      const { commitment: one } = await as<{ commitment: CommitmentView }>(
        'rennesCoordinator',
        `query($id: ID!) { commitment(id: $id) { ${COMMITMENT} } }`,
        { id: node.id },
        rennes,
      );
      expect(node).toEqual(one);
    }
    expect(nodes[0]).toMatchObject({
      overdue: true,
      ownerName: cast.people.rennesFacilitator.displayName,
      updates: [{ progress: 0, status: 'NOT_STARTED' }],
    });
    // Those that need attention: the overdue one; the one nobody has touched for 90 days.
    await backdate(rennes, [
      [
        `update commitment set last_update_at = now() - interval '90 days' where id = $1`,
        [nodes[2].id],
      ],
    ]);
    const needing = async (attention: string) =>
      (
        await as<{ commitments: { edges: { node: { id: string } }[] } }>(
          'rennesCoordinator',
          `{ commitments(first: 10, filter: { attention: ${attention} }) {
            edges { node { id overdue stale } } } }`,
          {},
          rennes,
        )
      ).commitments.edges.map((edge) => edge.node);
    expect(await needing('OVERDUE')).toEqual([{ id: nodes[0].id, overdue: true, stale: false }]);
    expect(await needing('STALE')).toEqual([{ id: nodes[2].id, overdue: false, stale: true }]);
    const inLyon = await as<{ commitments: { edges: { node: { id: string } }[] } }>(
      'coordinator',
      `{ commitments(first: 100) { edges { node { id } } } }`,
    );
    expect(inLyon.commitments.edges.map((edge) => edge.node.id)).not.toContain(nodes[0].id);
  });

  it('keeps the history append-only for the runtime role', async () => {
    const runtime = new Client({ connectionString: process.env.DATABASE_URL });
    await runtime.connect();
    try {
      await runtime.query('begin');
      await runtime.query(`select set_config('app.tenant_id', $1, true)`, [lyon.id]);
      await expect(
        runtime.query(`update commitment_update set progress = 0 where commitment_id = $1`, [
          ids.commitment,
        ]),
      ).rejects.toThrow(/permission denied/);
      await runtime.query('rollback');
      await runtime.query('begin');
      await runtime.query(`select set_config('app.tenant_id', $1, true)`, [lyon.id]);
      await expect(
        runtime.query(`delete from recommendation_answer where recommendation_id = $1`, [
          ids.recommendation,
        ]),
      ).rejects.toThrow(/permission denied/);
    } finally {
      await runtime.query('rollback');
      await runtime.end();
    }
  });

  it('needs an accepted recommendation for a commitment', async () => {
    const pending = await as<{ createRecommendation: { id: string } }>(
      'coordinator',
      CREATE_RECOMMENDATION,
      {
        input: {
          editionId,
          title: text('Pending'),
          body: text('Pending'),
          theme: 'PEER_MENTORING',
        },
      },
    );
    expect(
      await reasons('coordinator', CREATE_COMMITMENT, {
        input: {
          recommendationId: pending.createRecommendation.id,
          title: text('Too early'),
          department: 'Culture',
          ownerId: people.official.id,
          startDate: '2025-01-01',
          dueDate: '2025-12-31',
        },
      }),
    ).toEqual(['RECOMMENDATION_NOT_ACCEPTED']);
  });

  it('shows what the city published to anyone, in their language, naming nobody', async () => {
    const visitor = (variables: Record<string, unknown>) =>
      api.client.ok<{
        publicFollowUp: {
          cityName: string;
          counts: { total: number; done: number };
          commitments: {
            id: string;
            title: string;
            progress: number;
            recommendationTitle: string;
            milestones: { title: string; dueDate: string }[];
            history: { on: string; progress: number }[];
          }[];
        };
      }>(PUBLIC, variables);
    expect((await visitor({ city: lyon.slug })).publicFollowUp.commitments).toEqual([]);
    expect(await reasons('coordinator', PUBLISH, { id: ids.milestone, published: true })).toEqual([
      'PUBLISH_PARENT_INSTEAD',
    ]);
    await as('coordinator', PUBLISH, { id: ids.commitment, published: true });

    const french = (await visitor({ city: lyon.slug, locale: 'fr' })).publicFollowUp;
    expect(french.cityName).toBe('Lyon');
    expect(french.counts).toEqual({ total: 1, done: 0, inProgress: 1 });
    expect(french.commitments).toEqual([
      expect.objectContaining({
        id: ids.commitment,
        title: 'Interpreters at two desks (fr)',
        progress: 100,
        recommendationTitle: 'Interpreting at the town hall (fr)',
      }),
    ]);
    expect(french.commitments[0].milestones.map((m) => m.title)).toEqual([
      'Recruit interpreters (fr)',
      'Train the desks (fr)',
    ]);
    expect(french.commitments[0].history.map((h) => h.progress)).toEqual([0, 75, 85, 100]);
    const shown = await commitment(ids.commitment);
    expect(french.commitments[0]).toMatchObject({
      description: null,
      department: 'Direction de la relation usagers',
      status: shown.status,
      statusReason: null,
      startDate: '2025-04-01',
      dueDate: shown.dueDate,
      lastUpdateOn: isoDay(0),
      theme: 'INFORMATION_ACCESS',
      localTheme: null,
    });
    expect(french.commitments[0].history.map((h) => h.on)).toEqual(Array(4).fill(isoDay(0)));
    expect(french.commitments[0].milestones.map((m) => m.dueDate)).toEqual(
      shown.milestones.map((m) => m.dueDate),
    );
    const english = (await visitor({ city: lyon.slug, locale: 'en' })).publicFollowUp;
    expect(english.commitments[0].title).toBe('Interpreters at two desks');

    // Nothing public names a person: no owner, no author, no note.
    const raw = await api.client.request(
      `query($city: String!) { publicFollowUp(city: $city) { commitments { ownerName } } }`,
      { city: lyon.slug },
    );
    expect(raw.errors?.[0].message).toMatch(/ownerName/);

    expect((await commitment(ids.commitment)).milestones.every((m) => m.publishedAt)).toBe(true);
    await as('coordinator', PUBLISH, { id: ids.commitment, published: false });
    expect((await visitor({ city: lyon.slug })).publicFollowUp.commitments).toEqual([]);
    const unknown = await api.client.request(PUBLIC, { city: 'atlantis' });
    expect(unknown.errors?.[0].extensions?.reason).toBe('CITY_NOT_FOUND');
    await as('coordinator', PUBLISH, { id: ids.commitment, published: true });
  });

  it('gives the city a dashboard: statuses, themes, overdue, stale, progress over time', async () => {
    const late = await as<{ createCommitment: CommitmentView }>('coordinator', CREATE_COMMITMENT, {
      input: {
        recommendationId: ids.recommendation,
        title: text('Translate the welcome guide'),
        department: 'Communication',
        ownerId: people.official.id,
        startDate: '2024-09-01',
        dueDate: '2025-06-30',
      },
    });
    ids.late = late.createCommitment.id;
    await as('official', PROGRESS, {
      input: { commitmentId: ids.late, progress: 30, status: 'IN_PROGRESS' },
    });
    // Its history began months ago and nobody has touched it for 90 days.
    await backdate(lyon, [
      [
        `update commitment_update set created_at = now() - interval '120 days'
          where commitment_id = $1 and status = 'not_started'`,
        [ids.late],
      ],
      [
        `update commitment_update set created_at = now() - interval '90 days'
          where commitment_id = $1 and status = 'in_progress'`,
        [ids.late],
      ],
      [
        `update commitment set last_update_at = now() - interval '90 days' where id = $1`,
        [ids.late],
      ],
    ]);
    const view = await commitment(ids.late);
    expect(view).toMatchObject({ overdue: true, stale: true, dueSoon: false });

    const board = (
      await as<{
        followUpDashboard: {
          figures: Record<string, unknown> & { commitments: Record<string, number> };
          byTheme: { theme: string; recommendations: number; commitments: number; done: number }[];
          overdue: { id: string }[];
          stale: { id: string }[];
          progressOverTime: {
            periodEnd: string;
            commitments: number;
            averageProgress: number | null;
          }[];
        };
      }>('newcomer', DASHBOARD, { interval: 'MONTH', points: 6 })
    ).followUpDashboard;
    expect(board.figures).toMatchObject({
      recommendations: 2,
      submitted: 1,
      answered: 1,
      partlyAccepted: 1,
      commitments: { total: 2, notStarted: 0, inProgress: 2, done: 0, delayed: 0, abandoned: 0 },
      averageProgress: 65, // (100 + 30) / 2
      shareDone: 0,
      overdue: 1,
      stale: 1,
    });
    expect(board.byTheme).toEqual([
      { theme: 'INFORMATION_ACCESS', recommendations: 1, commitments: 2, done: 0 },
      { theme: 'PEER_MENTORING', recommendations: 1, commitments: 0, done: 0 },
    ]);
    expect(board.overdue.map((c) => c.id)).toEqual([ids.late]);
    expect(board.stale.map((c) => c.id)).toEqual([ids.late]);
    const series = board.progressOverTime;
    expect(series).toHaveLength(6);
    // Before its history began, nothing; then the late one alone at 0, then at 30; today both.
    const at = (commitments: number, averageProgress: number | null) =>
      series.findIndex(
        (point) => point.commitments === commitments && point.averageProgress === averageProgress,
      );
    expect(series[0]).toMatchObject({ commitments: 0, averageProgress: null });
    expect(at(1, 30)).toBeGreaterThan(0);
    expect(series.slice(0, at(1, 30)).every((p) => p.averageProgress !== 30)).toBe(true);
    expect(series[5]).toMatchObject({ commitments: 2, averageProgress: 65 });

    // A longer stale delay: it is no longer stale.
    expect(
      await reasons(
        'facilitator',
        `mutation { updateFollowUpSettings(input: { staleAfterDays: 120 }) { staleAfterDays } }`,
      ),
    ).toEqual(['FORBIDDEN']);
    await as(
      'coordinator',
      `mutation { updateFollowUpSettings(input: { staleAfterDays: 120 }) { staleAfterDays } }`,
    );
    const relaxed = (
      await as<{ followUpDashboard: { figures: { stale: number }; stale: unknown[] } }>(
        'coordinator',
        DASHBOARD,
      )
    ).followUpDashboard;
    expect(relaxed.figures.stale).toBe(0);
    expect(relaxed.stale).toEqual([]);
    const ofTheme = async (theme: string) =>
      (
        await as<{
          followUpDashboard: {
            figures: { commitments: { total: number } };
            overdue: { id: string }[];
          };
        }>('coordinator', DASHBOARD, { theme })
      ).followUpDashboard;
    const byTheme = await ofTheme('PEER_MENTORING');
    expect(byTheme.figures.commitments.total).toBe(0);
    expect(byTheme.overdue).toEqual([]);
    expect((await ofTheme('INFORMATION_ACCESS')).overdue.map((c) => c.id)).toEqual([ids.late]);
  });

  it('gives the network operator every city in one read, and nobody else', async () => {
    const brestEdition = await newEdition('brestCoordinator', brest, '2025-06-02');
    const brestRecommendation = await acceptedRecommendation(
      'brestCoordinator',
      brest,
      brestEdition,
      'PEER_MENTORING',
    );
    const brestCommitment = await as<{ createCommitment: { id: string } }>(
      'brestCoordinator',
      CREATE_COMMITMENT,
      {
        input: {
          recommendationId: brestRecommendation,
          title: text('Peer sponsors'),
          department: 'Cohésion sociale',
          ownerId: people.brestCoordinator.id,
          startDate: '2025-09-01',
          dueDate: '2026-12-31',
        },
      },
      brest,
    );
    await as(
      'brestCoordinator',
      PROGRESS,
      {
        input: { commitmentId: brestCommitment.createCommitment.id, progress: 100, status: 'DONE' },
      },
      brest,
    );

    type Network = {
      totals: {
        recommendations: number;
        answered: number;
        commitments: { total: number; done: number };
      };
      cities: {
        tenantId: string;
        name: string;
        recommendations: number;
        overdue: number;
        commitments: { total: number; done: number };
      }[];
      cityCount: number;
      progressOverTime: { commitments: number }[];
    };
    // Other suites add cities to the database: every page, gathered.
    const network = async (variables: Record<string, unknown> = {}) => {
      const call = (offset: number) =>
        api.client.ok<{ networkFollowUp: Network }>(
          NETWORK,
          { ...variables, offset },
          { token: operatorToken },
        );
      const first = (await call(0)).networkFollowUp;
      while (first.cities.length < first.cityCount) {
        const more = (await call(first.cities.length)).networkFollowUp.cities;
        if (!more.length) break;
        first.cities.push(...more);
      }
      return { networkFollowUp: first };
    };
    const everyone = (await network()).networkFollowUp;
    const city = (tenant: Tenant) => everyone.cities.find((c) => c.tenantId === tenant.id)!;
    expect(city(lyon)).toMatchObject({
      name: 'Lyon',
      recommendations: 2,
      overdue: 1,
      commitments: { total: 2, done: 0 },
    });
    expect(city(brest)).toMatchObject({ recommendations: 1, commitments: { total: 1, done: 1 } });
    // A city with nothing yet is listed too: it is the one to call.
    expect(city(liege)).toMatchObject({ recommendations: 0, commitments: { total: 0 } });
    expect(everyone.totals.commitments.total).toBeGreaterThanOrEqual(3);
    // Most overdue first.
    expect(everyone.cities.findIndex((c) => c.tenantId === lyon.id)).toBeLessThan(
      everyone.cities.findIndex((c) => c.tenantId === brest.id),
    );

    // Pages are cut from the same order; by default, the first 50 cities.
    const page = (variables: Record<string, unknown>) =>
      api.client.ok<{ networkFollowUp: { cityCount: number; cities: { tenantId: string }[] } }>(
        NETWORK_PAGE,
        variables,
        { token: operatorToken },
      );
    const ids = everyone.cities.map((c) => c.tenantId);
    expect((await page({ first: 2, offset: 1 })).networkFollowUp).toEqual({
      cityCount: ids.length,
      cities: ids.slice(1, 3).map((tenantId) => ({ tenantId })),
    });
    expect((await page({})).networkFollowUp.cities.length).toBe(Math.min(50, ids.length));
    const tooMany = await api.client.request(
      NETWORK_PAGE,
      { first: 1001 },
      { token: operatorToken },
    );
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const belgian = (await network({ country: 'BE' })).networkFollowUp;
    expect(belgian.cities.map((c) => c.tenantId)).toEqual([liege.id]);
    const mentoring = (await network({ theme: 'PEER_MENTORING' })).networkFollowUp;
    expect(mentoring.cities.find((c) => c.tenantId === lyon.id)).toMatchObject({
      recommendations: 1,
      commitments: { total: 0 },
    });
    const of2025 = (await network({ editionYear: 2025 })).networkFollowUp;
    expect(of2025.cities.find((c) => c.tenantId === lyon.id)).toMatchObject({ recommendations: 0 });
    expect(of2025.cities.find((c) => c.tenantId === brest.id)).toMatchObject({
      recommendations: 1,
    });
    const dueIn2026 = (await network({ from: '2026-01-01', to: '2026-12-31' })).networkFollowUp;
    expect(dueIn2026.cities.find((c) => c.tenantId === brest.id)!.commitments.total).toBe(1);
    expect(dueIn2026.progressOverTime.length).toBe(12);
    const tooLong = await api.client.request(
      NETWORK,
      { from: '2000-01-01', to: '2026-12-31' },
      { token: operatorToken },
    );
    expect(tooLong.errors?.[0].extensions?.reason).toBe('INVALID_PERIOD');

    expect(await reasons('coordinator', NETWORK)).toEqual(['NETWORK_OPERATOR_ONLY']);
  });

  it('answers the network’s figures to the network operator only, even in SQL', async () => {
    const runtime = new Client({ connectionString: process.env.DATABASE_URL });
    await runtime.connect();
    try {
      await runtime.query('begin');
      // A city's member, even one naming another city in the filter, gets their own city only.
      await runtime.query(`select set_config('app.tenant_id', $1, true)`, [lyon.id]);
      const network = await runtime.query(`select * from app_network_follow_up('{}'::jsonb)`);
      expect(network.rows).toEqual([]);
      const asked = await runtime.query(`select * from app_follow_up_figures($1::jsonb)`, [
        JSON.stringify({ tenant: brest.id }),
      ]);
      expect(asked.rows).toEqual([]);
      const own = await runtime.query(`select tenant_id from app_follow_up_figures('{}'::jsonb)`);
      expect(own.rows).toEqual([{ tenant_id: lyon.id }]);
      // Not even the published commitments of another city count in a city's figures.
      const series = await runtime.query(
        `select sum(commitments)::int as total from app_follow_up_series($1::jsonb, 'month', 3)`,
        [JSON.stringify({ tenant: brest.id })],
      );
      expect(series.rows[0].total).toBe(0);
    } finally {
      await runtime.query('rollback');
      await runtime.end();
    }
  });
});
