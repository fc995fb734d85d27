import { Client } from 'pg';
import { TransactionRunner } from '@inclusion/database';
import { MembershipRole, type User } from '@inclusion/identity';
import { Cohort } from '@inclusion/participants';
import type { Tenant } from '@inclusion/tenancy';
import { startApi, type ApiHarness } from './harness';

const text = (words: string) => ({ fr: `${words} (fr)`, en: words });
const SCALE = { lowest: text('Not at all'), highest: text('Completely') };
const likert = (key: string) => ({ key, kind: 'LIKERT', prompt: text(key), scale: SCALE });
const TRACK_OPTIONS = [
  { key: 'newcomers', label: text('Newcomers') },
  { key: 'actors', label: text('Actors') },
];
const TRACK = {
  key: 'track',
  kind: 'SINGLE_CHOICE',
  prompt: text('Which track?'),
  options: TRACK_OPTIONS,
};
const NEWCOMER_ITEMS = [
  likert('public_speaking_ease'),
  likert('helping_others_with_institutions'),
  TRACK,
  { key: 'comment', kind: 'FREE_TEXT', prompt: text('Anything to add?') },
];
const ACTOR_ITEMS = [likert('understanding_exiles_realities')];

/** Pre and post answers of the six newcomers on the two scales; the sixth skips the post. */
const SPEAKING = { pre: [2, 2, 3, 3, 4, 1], post: [4, 5, 3, 2, 5] };
const HELPING = { pre: [1, 2, 2, 3, 3, 5], post: [5, 4, 4, 4, 2] };

/**
 * Evaluation end to end: questionnaires before and after, answered under pseudonymous keys, the
 * change per person, the indicators with their counts (suppressed under five for all but the
 * edition's team), the network's through its one cross-tenant function, and private logbooks.
 */
describe('evaluation of an edition', () => {
  let api: ApiHarness;
  let tenant: Tenant;
  let editionId: string;
  let phaseKey: string;
  const tokens: Record<string, string> = {};
  const users: Record<string, User> = {};
  const ids: Record<string, string> = {};

  const as = <T = Record<string, unknown>>(
    who: string,
    query: string,
    variables: Record<string, unknown> = {},
  ) => api.client.ok<T>(query, variables, { token: tokens[who], tenant: tenant.slug });
  const reasons = async (who: string, query: string, variables: Record<string, unknown> = {}) =>
    (
      (await api.client.request(query, variables, { token: tokens[who], tenant: tenant.slug }))
        .errors ?? []
    ).map((error) => error.extensions?.reason ?? error.extensions?.code);

  const CREATE = `mutation($input: CreateQuestionnaireInput!) {
    createQuestionnaire(input: $input) { id status moment pairedWithId cohort } }`;
  const SET_ITEMS = `mutation($input: SetQuestionnaireItemsInput!) {
    setQuestionnaireItems(input: $input) { id items { key kind options { key } } } }`;
  const OPEN = `mutation($id: ID!) { openQuestionnaire(id: $id) { id status } }`;
  const SUBMIT = `mutation($input: SubmitQuestionnaireResponseInput!) {
    submitQuestionnaireResponse(input: $input) { questionnaireId cohort submittedAt
      answers { itemKey likert choices text } } }`;
  const INDICATORS = `query($e: ID!) { editionIndicators(editionId: $e) { complete
    suppressionThreshold indicators { key cohort respondents agreeing share suppressed } } }`;
  const CHANGE = `query($id: ID!) { questionnaireChange(postQuestionnaireId: $id) {
    complete preQuestionnaireId items { itemKey pairedRespondents meanChange improved
    shareImproved suppressed } } }`;
  const LOGBOOK = `query($e: ID!) { logbookEntries(filter: { editionId: $e }, first: 100) {
    edges { node { id text mine sharedAt authorName } } } }`;
  const WRITE = `mutation($input: WriteLogbookEntryInput!) { writeLogbookEntry(input: $input) { id } }`;
  const UPDATE = `mutation($input: UpdateLogbookEntryInput!) {
    updateLogbookEntry(input: $input) { id sharedAt feelings } }`;

  const questionnaire = (overrides: Record<string, unknown>) => ({
    editionId,
    title: text('Questionnaire'),
    opensOn: '2020-01-01',
    closesOn: '2099-12-31',
    ...overrides,
  });
  const create = async (overrides: Record<string, unknown>) =>
    (
      await as<{ createQuestionnaire: { id: string } }>('coordinator', CREATE, {
        input: questionnaire(overrides),
      })
    ).createQuestionnaire.id;
  const answers = (speaking: number, helping?: number) => [
    { itemKey: 'public_speaking_ease', likert: speaking },
    ...(helping === undefined
      ? []
      : [{ itemKey: 'helping_others_with_institutions', likert: helping }]),
    { itemKey: 'track', choices: ['newcomers'] },
  ];
  const submit = (who: string, questionnaireId: string, given: unknown[]) =>
    as(who, SUBMIT, { input: { questionnaireId, answers: given } });

  beforeAll(async () => {
    api = await startApi();
    const f = api.factories;
    tenant = await f.newTenant();
    const member = (roles: MembershipRole[]) => f.newUser({ tenant, roles });
    const people: Record<string, Promise<User>> = {
      coordinator: member([MembershipRole.Coordinator]),
      teamFacilitator: member([MembershipRole.Facilitator]),
      otherFacilitator: member([MembershipRole.Facilitator]),
      observer: member([MembershipRole.Observer]),
      bystander: member([MembershipRole.Newcomer]),
      operator: f.newUser({ networkOperator: true }),
      ...Object.fromEntries(
        [0, 1, 2, 3, 4, 5].map((i) => [`newcomer${i}`, member([MembershipRole.Newcomer])]),
      ),
      ...Object.fromEntries(
        [0, 1, 2].map((i) => [`actor${i}`, member([MembershipRole.LocalActor])]),
      ),
    };
    for (const [role, user] of Object.entries(people)) {
      users[role] = await user;
      tokens[role] = await f.signIn(users[role]);
    }
    const templateVersionId = await f.builtInTemplate(tokens.coordinator);
    const edition = await as<{ createEdition: { id: string; phases: { key: string }[] } }>(
      'coordinator',
      `mutation($input: CreateEditionInput!) { createEdition(input: $input) { id phases { key } } }`,
      { input: { name: 'Evaluated edition', templateVersionId, startDate: '2024-02-05' } },
    );
    editionId = edition.createEdition.id;
    phaseKey = edition.createEdition.phases[0].key;
    const members = await as<{
      memberships: { edges: { node: { id: string; user: { id: string } } }[] };
    }>('coordinator', `{ memberships(first: 100) { edges { node { id user { id } } } } }`);
    await as(
      'coordinator',
      `mutation($input: EditionFacilitatorInput!) { assignEditionFacilitator(input: $input) { id } }`,
      {
        input: {
          editionId,
          membershipId: members.memberships.edges.find(
            (edge) => edge.node.user.id === users.teamFacilitator.id,
          )!.node.id,
        },
      },
    );
    const newcomers = await f.newCall(tenant, editionId, Cohort.Newcomers);
    const actors = await f.newCall(tenant, editionId, Cohort.PublicActors);
    const seeds = (prefix: string, count: number) =>
      Array.from({ length: count }, (_, i) => ({ personId: users[`${prefix}${i}`].id }));
    await f.newApplications(newcomers, seeds('newcomer', 6));
    await f.newApplications(actors, seeds('actor', 3));
  });

  afterAll(() => api.close());

  it('pairs a post questionnaire with its pre, item by item', async () => {
    ids.pre = await create({ cohort: 'NEWCOMERS', moment: 'PRE', title: text('Before') });
    expect(
      await reasons('coordinator', CREATE, {
        input: questionnaire({ cohort: 'NEWCOMERS', moment: 'POST' }),
      }),
    ).toEqual(['PRE_QUESTIONNAIRE_REQUIRED']);
    expect(
      await reasons('coordinator', CREATE, {
        input: questionnaire({ cohort: 'PUBLIC_ACTORS', moment: 'POST', pairedWithId: ids.pre }),
      }),
    ).toEqual(['INVALID_QUESTIONNAIRE_PAIR']);
    ids.post = await create({
      cohort: 'NEWCOMERS',
      moment: 'POST',
      pairedWithId: ids.pre,
      title: text('After'),
    });

    expect(await reasons('coordinator', OPEN, { id: ids.pre })).toEqual(['QUESTIONNAIRE_EMPTY']);
    expect(
      await reasons('coordinator', SET_ITEMS, {
        input: {
          questionnaireId: ids.pre,
          items: [
            {
              ...TRACK,
              options: [TRACK_OPTIONS[0], TRACK_OPTIONS[0]],
            },
          ],
        },
      }),
    ).toEqual(['DUPLICATE_OPTION_KEY']);
    await as('coordinator', SET_ITEMS, {
      input: { questionnaireId: ids.pre, items: NEWCOMER_ITEMS },
    });
    expect(
      await reasons('coordinator', SET_ITEMS, {
        input: {
          questionnaireId: ids.post,
          items: [...NEWCOMER_ITEMS, likert('not_asked_before')],
        },
      }),
    ).toEqual(['ITEM_NOT_IN_PRE']);
    // Free text needs no counterpart: it is read, not compared.
    await as('coordinator', SET_ITEMS, {
      input: {
        questionnaireId: ids.post,
        items: [
          ...NEWCOMER_ITEMS,
          { key: 'what_changed', kind: 'FREE_TEXT', prompt: text('What changed?') },
        ],
      },
    });
    expect(
      await reasons('coordinator', `mutation($id: ID!) { closeQuestionnaire(id: $id) { id } }`, {
        id: ids.pre,
      }),
    ).toEqual(['QUESTIONNAIRE_STATUS_NOT_ALLOWED']);
    for (const id of [ids.pre, ids.post]) await as('coordinator', OPEN, { id });

    ids.actorsPre = await create({ cohort: 'PUBLIC_ACTORS', moment: 'PRE' });
    ids.actorsPost = await create({
      cohort: 'PUBLIC_ACTORS',
      moment: 'POST',
      pairedWithId: ids.actorsPre,
    });
    for (const id of [ids.actorsPre, ids.actorsPost]) {
      await as('coordinator', SET_ITEMS, { input: { questionnaireId: id, items: ACTOR_ITEMS } });
      await as('coordinator', OPEN, { id });
    }
    ids.draft = await create({ moment: 'OTHER', title: text('Not yet') });
  });

  it('shows participants the open questionnaires only, and lets only coordinators write them', async () => {
    const listed = await as<{ questionnaires: { id: string }[] }>(
      'newcomer0',
      `query($e: ID!) { questionnaires(editionId: $e) { id } }`,
      { e: editionId },
    );
    expect(listed.questionnaires.map((q) => q.id)).not.toContain(ids.draft);
    expect(listed.questionnaires).toHaveLength(4);
    expect(
      await reasons('newcomer0', `query($id: ID!) { questionnaire(id: $id) { id } }`, {
        id: ids.draft,
      }),
    ).toEqual(['QUESTIONNAIRE_NOT_FOUND']);
    for (const who of ['teamFacilitator', 'observer', 'newcomer0']) {
      expect(await reasons(who, OPEN, { id: ids.draft })).toEqual(['FORBIDDEN']);
    }
  });

  it('takes one valid response per participant and questionnaire', async () => {
    const refused = async (who: string, id: string, given: unknown[]) =>
      reasons(who, SUBMIT, { input: { questionnaireId: id, answers: given } });
    expect(await refused('newcomer0', ids.pre, answers(6, 1))).toEqual(['LIKERT_OUT_OF_RANGE']);
    expect(await refused('newcomer0', ids.pre, answers(3))).toEqual(['ANSWERS_MISSING']);
    expect(
      await refused('newcomer0', ids.pre, [
        ...answers(3, 3).slice(0, 2),
        { itemKey: 'track', choices: ['elsewhere'] },
      ]),
    ).toEqual(['UNKNOWN_CHOICE']);
    expect(await refused('actor0', ids.pre, answers(3, 3))).toEqual([
      'QUESTIONNAIRE_FOR_OTHER_COHORT',
    ]);
    expect(await refused('bystander', ids.pre, answers(3, 3))).toEqual(['NOT_A_PARTICIPANT']);
    expect(await refused('observer', ids.pre, answers(3, 3))).toEqual(['FORBIDDEN']);
    expect(await refused('newcomer0', ids.draft, answers(3, 3))).toEqual([
      'QUESTIONNAIRE_NOT_FOUND',
    ]);

    const sent = await submit('newcomer0', ids.pre, [
      ...answers(SPEAKING.pre[0], HELPING.pre[0]),
      { itemKey: 'comment', text: '  Nervous but curious  ' },
    ]);
    expect(sent).toMatchObject({
      submitQuestionnaireResponse: {
        questionnaireId: ids.pre,
        cohort: 'NEWCOMERS',
        answers: expect.arrayContaining([
          { itemKey: 'comment', likert: null, choices: null, text: 'Nervous but curious' },
        ]),
      },
    });
    expect(await refused('newcomer0', ids.pre, answers(5, 5))).toEqual([
      'RESPONSE_ALREADY_SUBMITTED',
    ]);
    const mine = await as<{
      myQuestionnaireResponse: { answers: { itemKey: string; likert: number | null }[] };
    }>(
      'newcomer0',
      `query($id: ID!) { myQuestionnaireResponse(questionnaireId: $id) { answers { itemKey likert } } }`,
      { id: ids.pre },
    );
    expect(mine.myQuestionnaireResponse.answers).toContainEqual({
      itemKey: 'public_speaking_ease',
      likert: SPEAKING.pre[0],
    });
    expect(
      await reasons('coordinator', SET_ITEMS, {
        input: { questionnaireId: ids.pre, items: NEWCOMER_ITEMS.slice(0, 2) },
      }),
    ).toEqual(['QUESTIONNAIRE_HAS_ANSWERS']);
  });

  it('stores answers under the respondent key, never the person, readable by them alone', async () => {
    for (let i = 1; i < 6; i++) {
      await submit(`newcomer${i}`, ids.pre, answers(SPEAKING.pre[i], HELPING.pre[i]));
    }
    for (let i = 0; i < 5; i++) {
      await submit(`newcomer${i}`, ids.post, answers(SPEAKING.post[i], HELPING.post[i]));
    }
    for (let i = 0; i < 3; i++) {
      const value = [{ itemKey: 'understanding_exiles_realities', likert: [2, 3, 2][i] }];
      await submit(`actor${i}`, ids.actorsPre, value);
      await submit(`actor${i}`, ids.actorsPost, [
        { itemKey: 'understanding_exiles_realities', likert: [5, 4, 3][i] },
      ]);
    }

    const owner = new Client({ connectionString: process.env.DATABASE_OWNER_URL });
    await owner.connect();
    try {
      const columns = await owner.query<{ column_name: string }>(
        `select column_name from information_schema.columns
          where table_name in ('questionnaire_response', 'questionnaire_answer')`,
      );
      expect(columns.rows.map((row) => row.column_name)).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/user|person|membership|author/)]),
      );
      await owner.query('begin');
      await owner.query(`select set_config('app.tenant_id', $1, true)`, [tenant.id]);
      const stored = await owner.query<{ id: string; keyed: boolean }>(
        `select r.id, exists (select 1 from application a
                               where a.respondent_key = r.respondent_key
                                 and a.person_id = $2) as keyed
           from questionnaire_response r where r.questionnaire_id = $1`,
        [ids.pre, users.newcomer0.id],
      );
      await owner.query('commit');
      expect(stored.rows).toHaveLength(6);
      expect(stored.rows.filter((row) => row.keyed)).toHaveLength(1);
      // The audit log names who submitted, so it must not name the response.
      const log = JSON.stringify(
        await as('coordinator', `{ auditEntries(first: 100) { edges { node { affectedIds } } } }`),
      );
      for (const row of stored.rows) expect(log).not.toContain(row.id);
    } finally {
      await owner.end();
    }

    // Not even the team running the edition reads a response: it knows the keys.
    const runner = api.app.get(TransactionRunner);
    for (const who of ['coordinator', 'teamFacilitator', 'newcomer1']) {
      const seen = await runner.run({ tenantId: tenant.id, userId: users[who].id }, (em) =>
        em.execute<{ n: number }[]>(
          'select count(*)::int as n from questionnaire_response where questionnaire_id = ?',
          [ids.pre],
        ),
      );
      expect(seen[0].n).toBe(who === 'newcomer1' ? 1 : 0);
    }
  });

  it('measures the change per person between pre and post', async () => {
    const items = {
      public_speaking_ease: {
        pairedRespondents: 5,
        meanChange: 1,
        improved: 3,
        shareImproved: 0.6,
      },
      helping_others_with_institutions: {
        pairedRespondents: 5,
        meanChange: 1.6,
        improved: 4,
        shareImproved: 0.8,
      },
    };
    const changeAs = async (who: string) =>
      (await as<{ questionnaireChange: Record<string, unknown> }>(who, CHANGE, { id: ids.post }))
        .questionnaireChange;
    // While the questionnaire is open, only the team sees the change: read before and after
    // someone answers, a live figure would give their answer away.
    expect(await changeAs('observer')).toMatchObject({
      items: [
        expect.objectContaining({ pairedRespondents: 0 }),
        expect.objectContaining({ pairedRespondents: 0 }),
      ],
    });
    for (const id of [ids.post, ids.actorsPost]) {
      await as('coordinator', `mutation($id: ID!) { closeQuestionnaire(id: $id) { id } }`, { id });
    }
    expect(await changeAs('coordinator')).toEqual({
      complete: true,
      preQuestionnaireId: ids.pre,
      items: Object.entries(items).map(([itemKey, figures]) => ({
        itemKey,
        ...figures,
        suppressed: false,
      })),
    });
    // 3 of 5 improved would tell that 2 did not: beyond the team, the whole figure goes.
    expect(await changeAs('observer')).toEqual({
      complete: false,
      preQuestionnaireId: ids.pre,
      items: Object.keys(items).map((itemKey) => ({
        itemKey,
        pairedRespondents: null,
        meanChange: null,
        improved: null,
        shareImproved: null,
        suppressed: true,
      })),
    });
    const actors = (who: string) =>
      as<{ questionnaireChange: { items: Record<string, unknown>[] } }>(who, CHANGE, {
        id: ids.actorsPost,
      });
    for (const who of ['coordinator', 'teamFacilitator']) {
      expect((await actors(who)).questionnaireChange.items).toEqual([
        expect.objectContaining({ pairedRespondents: 3, meanChange: 1.67, improved: 3 }),
      ]);
    }
    for (const who of ['otherFacilitator', 'observer', 'actor0']) {
      expect((await actors(who)).questionnaireChange.items).toEqual([
        expect.objectContaining({ pairedRespondents: null, meanChange: null, suppressed: true }),
      ]);
    }
    expect(await reasons('coordinator', CHANGE, { id: ids.pre })).toEqual([
      'NOT_A_POST_QUESTIONNAIRE',
    ]);
  });

  it('gives indicators with their counts, under five only to the edition team', async () => {
    const newcomerFigures = [
      { key: 'public_speaking', cohort: 'NEWCOMERS', respondents: 5, agreeing: 3, share: 0.6 },
      {
        key: 'helping_with_institutions',
        cohort: 'NEWCOMERS',
        respondents: 5,
        agreeing: 4,
        share: 0.8,
      },
    ].map((figure) => ({ ...figure, suppressed: false }));
    for (const who of ['coordinator', 'teamFacilitator']) {
      const seen = await as<{ editionIndicators: Record<string, unknown> }>(who, INDICATORS, {
        e: editionId,
      });
      expect(seen.editionIndicators).toEqual({
        complete: true,
        suppressionThreshold: 5,
        indicators: [
          ...newcomerFigures,
          {
            key: 'understanding_exiles',
            cohort: 'PUBLIC_ACTORS',
            respondents: 3,
            agreeing: 2,
            share: 0.667,
            suppressed: false,
          },
        ],
      });
    }
    const hidden = { respondents: null, agreeing: null, share: null, suppressed: true };
    for (const who of ['otherFacilitator', 'observer', 'newcomer2', 'actor1']) {
      const seen = await as<{ editionIndicators: Record<string, unknown> }>(who, INDICATORS, {
        e: editionId,
      });
      // 3 or 4 of 5 agreeing would tell how many did not: suppressed too.
      expect(seen.editionIndicators).toEqual({
        complete: false,
        suppressionThreshold: 5,
        indicators: [
          ...newcomerFigures.map(({ key, cohort }) => ({ key, cohort, ...hidden })),
          {
            key: 'understanding_exiles',
            cohort: 'PUBLIC_ACTORS',
            respondents: null,
            agreeing: null,
            share: null,
            suppressed: true,
          },
        ],
      });
    }
    const city = await as<{ tenantIndicators: { complete: boolean; indicators: unknown[] } }>(
      'observer',
      `query($c: Cohort) { tenantIndicators(cohort: $c) { complete
         indicators { key respondents agreeing suppressed } } }`,
      { c: 'PUBLIC_ACTORS' },
    );
    expect(city.tenantIndicators).toEqual({
      complete: false,
      indicators: [
        { key: 'understanding_exiles', respondents: null, agreeing: null, suppressed: true },
      ],
    });
  });

  it('gives the network operator every city’s indicators, and no one else', async () => {
    const NETWORK = `{ networkIndicators { suppressionThreshold
      indicators { key respondents agreeing suppressed }
      cities { tenantId cityName indicators { key respondents agreeing share suppressed } } } }`;
    const network = await api.client.ok<{
      networkIndicators: {
        indicators: { key: string; respondents: number | null }[];
        cities: { tenantId: string; cityName: string; indicators: unknown[] }[];
      };
    }>(NETWORK, {}, { token: tokens.operator });
    const ours = network.networkIndicators.cities.find((c) => c.tenantId === tenant.id)!;
    expect(ours).toEqual({
      tenantId: tenant.id,
      cityName: tenant.name,
      // Five respondents, of whom 1 to 4 disagreed: no figure of this city leaves the database.
      indicators: ['public_speaking', 'helping_with_institutions', 'understanding_exiles'].map(
        (key) => ({ key, respondents: null, agreeing: null, share: null, suppressed: true }),
      ),
    });
    for (const who of ['coordinator', 'observer']) {
      expect(await reasons(who, NETWORK)).toEqual(['NETWORK_OPERATOR_ONLY']);
    }
  });

  it('keeps a logbook entry to its author and the team until shared', async () => {
    expect(
      await reasons('newcomer0', WRITE, { input: { editionId, text: 'No step named' } }),
    ).toEqual(['STEP_REQUIRED']);
    expect(
      await reasons('newcomer0', WRITE, {
        input: { editionId, phaseKey: 'no-such-phase', text: 'Hello' },
      }),
    ).toEqual(['UNKNOWN_PHASE']);
    expect(
      await reasons('bystander', WRITE, { input: { editionId, phaseKey, text: 'Hello' } }),
    ).toEqual(['NOT_A_PARTICIPANT']);
    expect(
      await reasons('coordinator', WRITE, { input: { editionId, phaseKey, text: 'Hello' } }),
    ).toEqual(['FORBIDDEN']);
    const written = await as<{ writeLogbookEntry: { id: string } }>('newcomer0', WRITE, {
      input: {
        editionId,
        phaseKey,
        text: 'First day of training',
        feelings: 'Shy',
        discoveries: 'What the city decides',
        difficulties: 'The vocabulary',
      },
    });
    ids.entry = written.writeLogbookEntry.id;
    await as('newcomer1', WRITE, {
      input: { editionId, stepLabel: 'Lab day', text: 'Shared thoughts', shared: true },
    });

    const visible = async (who: string) =>
      (
        await as<{ logbookEntries: { edges: { node: { text: string } }[] } }>(who, LOGBOOK, {
          e: editionId,
        })
      ).logbookEntries.edges
        .map((edge) => edge.node.text)
        .sort();
    const both = ['First day of training', 'Shared thoughts'];
    const expected: Record<string, string[]> = {
      newcomer0: both,
      coordinator: both,
      teamFacilitator: both,
      otherFacilitator: ['Shared thoughts'],
      observer: ['Shared thoughts'],
      newcomer2: ['Shared thoughts'],
      actor0: ['Shared thoughts'],
    };
    for (const [who, texts] of Object.entries(expected)) expect(await visible(who)).toEqual(texts);

    expect(
      await reasons('newcomer2', UPDATE, { input: { id: ids.entry, text: 'Rewritten' } }),
    ).toEqual(['LOGBOOK_ENTRY_NOT_FOUND']);
    expect(
      await reasons('teamFacilitator', UPDATE, { input: { id: ids.entry, shared: true } }),
    ).toEqual(['FORBIDDEN']);
    const shared = await as<{ updateLogbookEntry: { sharedAt: string | null } }>(
      'newcomer0',
      UPDATE,
      { input: { id: ids.entry, shared: true, feelings: 'Less shy' } },
    );
    expect(shared.updateLogbookEntry.sharedAt).not.toBeNull();
    expect(await visible('observer')).toEqual(both);
    await as('newcomer0', UPDATE, { input: { id: ids.entry, shared: false } });
    expect(await visible('observer')).toEqual(['Shared thoughts']);
  });
});
