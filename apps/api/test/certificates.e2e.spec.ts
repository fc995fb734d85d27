import { MembershipRole, type User } from '@inclusion/identity';
import { Cohort } from '@inclusion/participants';
import type { Tenant } from '@inclusion/tenancy';
import { startApi, type ApiHarness } from './harness';

/**
 * Completion and certificates: attendance of the dual-track training and of the Policy Labs
 * against the edition's rule, a PDF per participant who completed, and a code anyone can check.
 */
describe('completion and certificates', () => {
  let api: ApiHarness;
  let tenant: Tenant;
  let editionId: string;
  const people: Record<string, User> = {};
  const tokens: Record<string, string> = {};

  const as = <T>(who: string, query: string, variables: Record<string, unknown> = {}) =>
    api.client.ok<T>(query, variables, { token: tokens[who], tenant: tenant.slug });
  const codes = async (who: string | null, query: string, variables: Record<string, unknown>) =>
    (
      (
        await api.client.request(query, variables, {
          token: who ? tokens[who] : undefined,
          tenant: who ? tenant.slug : undefined,
        })
      ).errors ?? []
    ).map((error) => error.extensions?.reason ?? error.extensions?.code);

  const schedule = async (kind: string, startsAt: string, durationMinutes: number) => {
    const created = await as<{ scheduleActivity: { id: string } }>(
      'coordinator',
      `mutation($input: ScheduleActivityInput!) { scheduleActivity(input: $input) { id } }`,
      {
        input: {
          editionId,
          kind,
          ...(kind === 'TRAINING_SESSION' ? { track: 'JOINT' } : {}),
          title: `${kind} ${startsAt}`,
          startsAt,
          durationMinutes,
          languages: ['fr'],
        },
      },
    );
    return created.scheduleActivity.id;
  };
  const attend = async (activityId: string, entries: [string, number][]) => {
    await as(
      'coordinator',
      `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`,
      {
        input: {
          activityId,
          entries: await Promise.all(
            entries.map(async ([who, minutes]) => ({
              membershipId: await api.factories.membershipId(tenant, people[who]),
              attended: true,
              minutes,
            })),
          ),
        },
      },
    );
  };

  beforeAll(async () => {
    api = await startApi();
    const f = api.factories;
    tenant = await f.newTenant({ name: 'Grenoble-Alpes Métropole' });
    const cast = await f.cast(tenant, {
      coordinator: MembershipRole.Coordinator,
      observer: MembershipRole.Observer,
      zoe: MembershipRole.Newcomer,
      samir: MembershipRole.Newcomer,
      olena: MembershipRole.LocalActor,
    });
    Object.assign(people, cast.people);
    Object.assign(tokens, cast.tokens);
    const templateVersionId = await f.builtInTemplate(tokens.coordinator);
    const edition = await as<{ createEdition: { id: string } }>(
      'coordinator',
      `mutation($input: CreateEditionInput!) { createEdition(input: $input) { id } }`,
      {
        input: {
          name: 'Resilient Cities Grenoble 2024',
          templateVersionId,
          startDate: '2024-02-05',
        },
      },
    );
    editionId = edition.createEdition.id;
    const seed = async (who: string, givenName: string, familyName: string, locale = 'fr') => ({
      givenName,
      familyName,
      locale,
      personId: people[who].id,
      membershipId: await f.membershipId(tenant, people[who]),
    });
    await f.newApplications(await f.newCall(tenant, editionId, Cohort.Newcomers), [
      await seed('zoe', 'Zoë', 'Ćirić'),
      await seed('samir', 'Samir', 'Haddad'),
    ]);
    await f.newApplications(await f.newCall(tenant, editionId, Cohort.PublicActors), [
      await seed('olena', 'Olena', 'Kovalenko', 'en'),
    ]);

    const trainings = await Promise.all(
      ['2024-03-04', '2024-03-11', '2024-03-18'].map((day) =>
        schedule('TRAINING_SESSION', `${day}T09:00:00Z`, 270),
      ),
    );
    const labs = await Promise.all(
      ['2024-10-07', '2024-11-04'].map((day) =>
        schedule('POLICY_LAB_WORKSHOP', `${day}T09:00:00Z`, 240),
      ),
    );
    // Zoë: 13.5 h and both labs. Samir: 6 h and both labs. Olena: 12 h and both labs.
    await attend(trainings[0], [
      ['zoe', 270],
      ['samir', 180],
      ['olena', 270],
    ]);
    await attend(trainings[1], [
      ['zoe', 270],
      ['samir', 180],
      ['olena', 270],
    ]);
    await attend(trainings[2], [
      ['zoe', 270],
      ['olena', 180],
    ]);
    for (const lab of labs)
      await attend(lab, [
        ['zoe', 240],
        ['samir', 240],
        ['olena', 240],
      ]);
  });

  const PROGRESS = `query($e: ID!) { participantProgress(editionId: $e) {
    rule { minimumTrainingMinutes minimumLabWorkshops }
    participants { personName cohort trainingHours labWorkshops completed } } }`;
  const ISSUE = `mutation($e: ID!) { issueCertificates(editionId: $e) {
    id code personName editionName cohort trainingHours completedOn locale } }`;
  const VERIFY = `query($code: String!) { verifyCertificate(code: $code) {
    personName editionName completedOn revoked } }`;
  let issued: { id: string; code: string; personName: string; locale: string }[];

  it('adds up training hours and Policy Labs attended against the rule', async () => {
    const progress = await as<{ participantProgress: unknown }>('coordinator', PROGRESS, {
      e: editionId,
    });
    expect(progress.participantProgress).toEqual({
      rule: { minimumTrainingMinutes: 720, minimumLabWorkshops: 2 },
      participants: [
        {
          personName: 'Samir Haddad',
          cohort: 'NEWCOMERS',
          trainingHours: 6,
          labWorkshops: 2,
          completed: false,
        },
        {
          personName: 'Olena Kovalenko',
          cohort: 'PUBLIC_ACTORS',
          trainingHours: 12,
          labWorkshops: 2,
          completed: true,
        },
        {
          personName: 'Zoë Ćirić',
          cohort: 'NEWCOMERS',
          trainingHours: 13.5,
          labWorkshops: 2,
          completed: true,
        },
      ],
    });
    expect(await codes('observer', PROGRESS, { e: editionId })).toEqual(['FORBIDDEN']);
  });

  it('issues a certificate to each participant who completed, once', async () => {
    const first = await as<{ issueCertificates: typeof issued }>('coordinator', ISSUE, {
      e: editionId,
    });
    issued = first.issueCertificates;
    expect(issued.map((c) => [c.personName, c.locale]).sort()).toEqual([
      ['Olena Kovalenko', 'en'],
      ['Zoë Ćirić', 'fr'],
    ]);
    expect(issued[0]).toMatchObject({
      editionName: 'Resilient Cities Grenoble 2024',
      code: expect.stringMatching(/^RC-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/),
    });
    const again = await as<{ issueCertificates: unknown[] }>('coordinator', ISSUE, {
      e: editionId,
    });
    expect(again.issueCertificates).toEqual([]);
  });

  it('gives the person their certificate as a PDF, and nobody else', async () => {
    const mine = await as<{ myCertificates: { personName: string; pdf: string }[] }>(
      'zoe',
      `{ myCertificates { personName pdf } }`,
    );
    expect(mine.myCertificates).toHaveLength(1);
    expect(mine.myCertificates[0].personName).toBe('Zoë Ćirić');
    const pdf = Buffer.from(mine.myCertificates[0].pdf, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5_000);
    expect(
      (await as<{ myCertificates: unknown[] }>('samir', `{ myCertificates { id } }`))
        .myCertificates,
    ).toEqual([]);
    expect(
      await codes('observer', `query($e: ID!) { certificates(editionId: $e) { id } }`, {
        e: editionId,
      }),
    ).toEqual(['FORBIDDEN']);
  });

  it('lets anyone check a code, however it is typed, and shows only name, edition and date', async () => {
    const zoe = issued.find((certificate) => certificate.personName === 'Zoë Ćirić')!;
    const typed = zoe.code.toLowerCase().replace(/-/g, ' ');
    const checked = await api.client.ok<{ verifyCertificate: Record<string, unknown> }>(VERIFY, {
      code: typed,
    });
    expect(checked.verifyCertificate).toEqual({
      personName: 'Zoë Ćirić',
      editionName: 'Resilient Cities Grenoble 2024',
      completedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      revoked: false,
    });
    expect(await codes(null, VERIFY, { code: 'RC-0000-0000-0000' })).toEqual([
      'CERTIFICATE_NOT_FOUND',
    ]);
  });

  it('shows a withdrawn certificate as revoked', async () => {
    const olena = issued.find((certificate) => certificate.personName === 'Olena Kovalenko')!;
    await as(
      'coordinator',
      `mutation($input: RevokeCertificateInput!) { revokeCertificate(input: $input) { id } }`,
      { input: { id: olena.id, reason: 'Issued to the wrong cohort' } },
    );
    const checked = await api.client.ok<{ verifyCertificate: { revoked: boolean } }>(VERIFY, {
      code: olena.code,
    });
    expect(checked.verifyCertificate.revoked).toBe(true);
  });

  it('completes more people when the city lowers its rule', async () => {
    await as(
      'coordinator',
      `mutation($input: SetCompletionRuleInput!) { setCompletionRule(input: $input) { minimumTrainingMinutes } }`,
      { input: { editionId, minimumTrainingMinutes: 360, minimumLabWorkshops: 2 } },
    );
    const more = await as<{ issueCertificates: { personName: string }[] }>('coordinator', ISSUE, {
      e: editionId,
    });
    expect(more.issueCertificates.map((c) => c.personName)).toEqual(['Samir Haddad']);
  });

  afterAll(() => api.close());
});
