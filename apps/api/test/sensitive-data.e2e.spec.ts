import { MembershipRole, type User } from '@inclusion/identity';
import {
  AdministrativeStatus,
  AgeBand,
  ApplicationStatus,
  Cohort,
  Gender,
  LanguageLevel,
  Schooling,
  type ApplicationSeed,
} from '@inclusion/participants';
import type { Tenant } from '@inclusion/tenancy';
import { TransactionRunner } from '@inclusion/database';
import { startApi, type ApiHarness } from './harness';

/** Every field the issue names as sensitive, as GraphQL spells it on an application. */
const SENSITIVE_FIELDS = [
  'nationality',
  'administrativeStatus',
  'gender',
  'ageBand',
  'schooling',
  'languages { level }',
];

/** The reads that could carry an application's fields. */
const READS = {
  application: `query($id: ID!) { application(id: $id) { id FIELD } }`,
  applications: `query($e: ID!) {
    applications(filter: { editionId: $e }, first: 100) { edges { node { id FIELD } } } }`,
  myApplications: `{ myApplications { id FIELD } }`,
};

/** A count from 1 to 4 would point at someone: only the edition's team may see one. */
const smallCounts = (dashboard: unknown): number[] =>
  JSON.stringify(dashboard)
    .match(/"value":\d+/g)!
    .map((match) => Number(match.slice(8)))
    .filter((value) => value > 0 && value < 5);

/**
 * Who may read a participant's sensitive data: the city's coordinators, the facilitators on the
 * edition's team, and the person. Everyone else (other facilitators, participants, observers, the
 * network operator, another city, the public) sees none of it, field by field, and only figures
 * that cannot single the person out.
 */
describe('sensitive personal data, role by role', () => {
  let api: ApiHarness;
  let tenant: Tenant;
  let editionId: string;
  let personApplication: string;
  let userIds: Record<string, string> = {};
  const tokens: Record<string, string | undefined> = {};

  beforeAll(async () => {
    api = await startApi();
    const f = api.factories;
    tenant = await f.newTenant();
    const other = await f.newTenant();
    const member = (roles: MembershipRole[]) => f.newUser({ tenant, roles });
    const people: Record<string, Promise<User>> = {
      coordinator: member([MembershipRole.Coordinator]),
      teamFacilitator: member([MembershipRole.Facilitator]),
      otherFacilitator: member([MembershipRole.Facilitator]),
      localActor: member([MembershipRole.LocalActor]),
      otherNewcomer: member([MembershipRole.Newcomer]),
      observer: member([MembershipRole.Observer]),
      person: member([MembershipRole.Newcomer]),
      networkOperator: f.newUser({ networkOperator: true }),
      otherCityCoordinator: f.newUser({ tenant: other }),
    };
    const users = Object.fromEntries(
      await Promise.all(
        Object.entries(people).map(async ([role, user]) => [role, await user] as const),
      ),
    );
    for (const [role, user] of Object.entries(users)) tokens[role] = await f.signIn(user);
    tokens.anonymous = undefined;

    const asCoordinator = <T>(query: string, variables: Record<string, unknown> = {}) =>
      api.client.ok<T>(query, variables, { token: tokens.coordinator, tenant: tenant.slug });
    const templateVersionId = await f.builtInTemplate(tokens.coordinator!);
    const edition = await asCoordinator<{ createEdition: { id: string } }>(
      `mutation($input: CreateEditionInput!) { createEdition(input: $input) { id } }`,
      { input: { name: 'Pilot', templateVersionId, startDate: '2024-02-05' } },
    );
    editionId = edition.createEdition.id;
    const members = await asCoordinator<{
      memberships: { edges: { node: { id: string; user: { email: string } } }[] };
    }>(`{ memberships(first: 100) { edges { node { id user { email } } } } }`);
    const membershipOf = (user: User) =>
      members.memberships.edges.find((edge) => edge.node.user.email === user.email)!.node.id;
    await asCoordinator(
      `mutation($input: EditionFacilitatorInput!) { assignEditionFacilitator(input: $input) { id } }`,
      { input: { editionId, membershipId: membershipOf(users.teamFacilitator) } },
    );

    // A cohort of 21 where the person is the only Venezuelan, the only stateless one, the only
    // one over 65 and the only one with no schooling: any of those figures would name them.
    const call = await f.newCall(tenant, editionId, Cohort.Newcomers);
    const spread: ApplicationSeed[] = Array.from({ length: 20 }, (_, i) => ({
      nationality: ['SY', 'AF', 'ER', 'SD'][i % 4],
      administrativeStatus:
        i % 2 ? AdministrativeStatus.Refugee : AdministrativeStatus.AsylumSeeker,
      gender: i % 2 ? Gender.Woman : Gender.Man,
      ageBand: i % 2 ? AgeBand.From26To35 : AgeBand.From18To25,
      schooling: Schooling.Secondary,
      languages: [{ language: 'fr', level: LanguageLevel.B1 }],
    }));
    const [person] = await f.newApplications(call, [
      {
        nationality: 'VE',
        administrativeStatus: AdministrativeStatus.Stateless,
        gender: Gender.NonBinary,
        ageBand: AgeBand.Over65,
        schooling: Schooling.None,
        languages: [{ language: 'fr', level: LanguageLevel.C2 }],
        personId: users.person.id,
        membershipId: membershipOf(users.person),
      },
      ...spread,
      { status: ApplicationStatus.Declined, nationality: 'VE' },
    ]);
    personApplication = person.id;
    userIds = Object.fromEntries(Object.entries(users).map(([role, user]) => [role, user.id]));
  });

  afterAll(() => api.close());

  const read = (role: string, query: string) =>
    api.client.request(
      query,
      { id: personApplication, e: editionId },
      { token: tokens[role], tenant: tenant.slug },
    );

  const ALLOWED: Record<keyof typeof READS, string[]> = {
    application: ['coordinator', 'teamFacilitator'],
    applications: ['coordinator', 'teamFacilitator'],
    myApplications: ['person'],
  };
  const ROLES = [
    'coordinator',
    'teamFacilitator',
    'otherFacilitator',
    'localActor',
    'otherNewcomer',
    'observer',
    'person',
    'networkOperator',
    'otherCityCoordinator',
    'anonymous',
  ];
  const walk = ROLES.flatMap((role) =>
    Object.keys(READS).flatMap((name) =>
      SENSITIVE_FIELDS.map((field) => [role, name as keyof typeof READS, field] as const),
    ),
  );

  it.each(walk)('%s reading %s.%s', async (role, name, field) => {
    const result = await read(role, READS[name].replace('FIELD', field));
    const text = JSON.stringify(result.data ?? null);
    if (ALLOWED[name].includes(role)) {
      expect(result.errors).toBeUndefined();
      expect(text).toContain(personApplication);
      expect(text).toMatch(/"VE"|"STATELESS"|"NON_BINARY"|"AGE_OVER_65"|"NONE"|"C2"/);
    } else {
      expect(text).not.toContain(personApplication);
      expect(text).not.toMatch(/"VE"|"STATELESS"|"NON_BINARY"|"AGE_OVER_65"|"C2"/);
    }
  });

  const DASHBOARD = `query($e: ID!) { cohortDashboard(editionId: $e) { complete cohorts {
    cohort applicants { value } selected { value } nationalities { value }
    byStatus { category value } byGender { category value } byAgeBand { category value }
    byNationality { category value } byAdministrativeStatus { category value }
    bySchooling { category value } languages { language levels { category value } } } } }`;

  it('shows the team every figure of the cohort, and who is alone in a category', async () => {
    const { data } = await read('teamFacilitator', DASHBOARD);
    const dashboard = data as {
      cohortDashboard: { complete: boolean; cohorts: Record<string, unknown>[] };
    };
    expect(dashboard.cohortDashboard.complete).toBe(true);
    expect(dashboard.cohortDashboard.cohorts[0]).toMatchObject({
      cohort: 'NEWCOMERS',
      applicants: { value: 22 },
      selected: { value: 21 },
      nationalities: { value: 5 },
      byNationality: expect.arrayContaining([{ category: 'VE', value: 1 }]),
      byStatus: expect.arrayContaining([{ category: 'declined', value: 1 }]),
    });
  });

  it.each(['localActor', 'otherNewcomer', 'observer', 'otherFacilitator', 'person'])(
    'shows %s the cohort with no count under five, even by subtraction',
    async (role) => {
      const { data, errors } = await read(role, DASHBOARD);
      expect(errors).toBeUndefined();
      const dashboard = (data as { cohortDashboard: { complete: boolean; cohorts: unknown[] } })
        .cohortDashboard;
      expect(dashboard.complete).toBe(false);
      expect(smallCounts(dashboard)).toEqual([]);
      const [newcomers] = dashboard.cohorts as {
        selected: { value: number };
        applicants: { value: number | null };
        nationalities: { value: number | null };
        byNationality: { category: string | null; value: number | null }[];
      }[];
      expect(newcomers.selected.value).toBe(21);
      // 22 applicants - 21 selected would tell that one person was declined.
      expect(newcomers.applicants.value).toBeNull();
      // VE is not even named: merged with the smallest group into one cell of six, so no
      // subtraction gives it away; and the number of nationalities would tell it exists.
      expect(newcomers.byNationality).toEqual([
        { category: 'ER', value: 5 },
        { category: 'SD', value: 5 },
        { category: 'SY', value: 5 },
        { category: null, value: 6 },
      ]);
      expect(newcomers.nationalities.value).toBeNull();
      expect(JSON.stringify(dashboard)).not.toMatch(/"(VE|stateless|age_over_65|c2|none)"/);
    },
  );

  it.each(['networkOperator', 'otherCityCoordinator', 'anonymous'])(
    'shows %s no figure of a city it does not belong to',
    async (role) => {
      const { data, errors } = await read(role, DASHBOARD);
      expect(data).toBeNull();
      expect(errors?.length).toBe(1);
    },
  );

  it('names no nationality when each is held by one person, and does not count them', async () => {
    const templateVersionId = await api.factories.builtInTemplate(tokens.coordinator!);
    const edition = await api.client.ok<{ createEdition: { id: string } }>(
      `mutation($input: CreateEditionInput!) { createEdition(input: $input) { id } }`,
      { input: { name: 'Small cohort', templateVersionId, startDate: '2025-02-03' } },
      { token: tokens.coordinator, tenant: tenant.slug },
    );
    const call = await api.factories.newCall(tenant, edition.createEdition.id, Cohort.Newcomers);
    await api.factories.newApplications(
      call,
      ['SY', 'AF', 'ER', 'SD', 'UA', 'GN'].map((nationality) => ({ nationality })),
    );
    const { data } = await api.client.request(
      DASHBOARD,
      { e: edition.createEdition.id },
      { token: tokens.observer, tenant: tenant.slug },
    );
    const [newcomers] = (data as { cohortDashboard: { cohorts: Record<string, unknown>[] } })
      .cohortDashboard.cohorts;
    expect(newcomers).toMatchObject({
      selected: { value: 6 },
      nationalities: { value: null },
      byNationality: [{ category: null, value: 6 }],
    });
  });

  it('lets the database refuse a facilitator who would change an application they can read', async () => {
    const runner = api.app.get(TransactionRunner);
    const change = (role: string) =>
      runner.run({ tenantId: tenant.id, userId: userIds[role] }, (em) =>
        em.execute<{ affectedRows: number }>(
          `update application set motivation = 'changed' where id = ?`,
          [personApplication],
          'run',
        ),
      );
    expect((await change('teamFacilitator')).affectedRows).toBe(0);
    expect((await change('coordinator')).affectedRows).toBe(1);
  });
});
