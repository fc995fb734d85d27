import { MembershipRole } from '@inclusion/identity';
import type { Tenant } from '@inclusion/tenancy';
import { startApi, type ApiHarness } from './harness';

const SCHEDULE = `mutation($input: ScheduleActivityInput!) {
  scheduleActivity(input: $input) { id kind track capacity }
}`;

describe('activities, registration and attendance', () => {
  let api: ApiHarness;
  let tenant: Tenant;
  let coordinator: string;
  let facilitator: string;
  let newcomer: string;
  let newcomerMembership: string;
  let editionId: string;
  const as = (token: string) => ({ token, tenant: tenant.slug });

  const schedule = (input: Record<string, unknown>, token = coordinator) =>
    api.client.request<{ scheduleActivity: { id: string } }>(
      SCHEDULE,
      {
        input: {
          editionId,
          title: 'Session',
          startsAt: '2030-03-18T09:00:00Z',
          durationMinutes: 180,
          languages: ['fr', 'en'],
          ...input,
        },
      },
      as(token),
    );

  beforeAll(async () => {
    api = await startApi();
    tenant = await api.factories.newTenant();
    coordinator = await api.factories.signIn(await api.factories.newUser({ tenant }));
    facilitator = await api.factories.signIn(
      await api.factories.newUser({ tenant, roles: [MembershipRole.Facilitator] }),
    );
    newcomer = await api.factories.signIn(
      await api.factories.newUser({ tenant, roles: [MembershipRole.Newcomer] }),
    );
    const me = await api.client.ok<{ me: { memberships: { id: string }[] } }>(
      `{ me { memberships { id } } }`,
      {},
      { token: newcomer },
    );
    newcomerMembership = me.me.memberships[0].id;
    const templateVersionId = await api.factories.builtInTemplate(coordinator);
    const edition = await api.client.ok<{ createEdition: { id: string } }>(
      `mutation($input: CreateEditionInput!) { createEdition(input: $input) { id } }`,
      {
        input: {
          name: 'Pilote',
          templateVersionId,
          startDate: '2030-02-04',
        },
      },
      as(coordinator),
    );
    editionId = edition.createEdition.id;
  });
  afterAll(() => api.close());

  it('asks which track a training session is for', async () => {
    const missing = await schedule({ kind: 'TRAINING_SESSION' });
    expect(missing.errors?.[0].extensions?.reason).toBe('TRACK_REQUIRED');
    const badLanguage = await schedule({ kind: 'OTHER', languages: ['french'] });
    expect(badLanguage.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const unknownFacilitator = await schedule({
      kind: 'OTHER',
      facilitatorIds: ['01a20000-0000-7000-8000-000000000000'],
    });
    expect(unknownFacilitator.errors?.[0].extensions?.reason).toBe('MEMBER_NOT_FOUND');
  });

  it('lets participants register until the activity is full, and no further', async () => {
    const { data } = await schedule({ kind: 'FRAMING_SESSION', capacity: 1 });
    const id = data!.scheduleActivity.id;
    const register = (token: string) =>
      api.client.request<{ registerForActivity: { id: string } }>(
        `mutation($id: ID!) { registerForActivity(activityId: $id) { id } }`,
        { id },
        as(token),
      );
    expect((await register(newcomer)).errors).toBeUndefined();
    expect((await register(newcomer)).errors).toBeUndefined();
    expect((await register(coordinator)).errors?.[0].extensions?.reason).toBe('ACTIVITY_FULL');

    const seen = await api.client.ok<{
      activity: {
        registeredCount: number;
        myRegistration: { id: string } | null;
        registrations: unknown;
      };
    }>(
      `query($id: ID!) { activity(id: $id) { registeredCount myRegistration { id } registrations { id } } }`,
      { id },
      as(newcomer),
    );
    expect(seen.activity).toMatchObject({ registeredCount: 1, registrations: null });
    expect(seen.activity.myRegistration).not.toBeNull();
  });

  it('lets people cancel their own registration, not somebody else’s', async () => {
    const { data } = await schedule({ kind: 'NETWORKING_EVENT' });
    const id = data!.scheduleActivity.id;
    const mine = await api.client.ok<{ registerForActivity: { id: string } }>(
      `mutation($id: ID!) { registerForActivity(activityId: $id) { id } }`,
      { id },
      as(newcomer),
    );
    const facilitators = await api.client.ok<{ registerForActivity: { id: string } }>(
      `mutation($id: ID!) { registerForActivity(activityId: $id) { id } }`,
      { id },
      as(facilitator),
    );
    const cancel = (registration: string, token: string) =>
      api.client.codes(
        `mutation($id: ID!) { cancelRegistration(id: $id) { cancelledAt } }`,
        { id: registration },
        as(token),
      );
    expect(await cancel(facilitators.registerForActivity.id, newcomer)).toEqual(['FORBIDDEN']);
    expect(await cancel(mine.registerForActivity.id, newcomer)).toEqual([]);
  });

  it('refuses registrations to a cancelled activity and scheduling by participants', async () => {
    const { data } = await schedule({ kind: 'STUDY_VISIT' });
    const id = data!.scheduleActivity.id;
    await api.client.ok(
      `mutation($id: ID!) { cancelActivity(id: $id) { cancelledAt } }`,
      { id },
      as(coordinator),
    );
    const result = await api.client.request(
      `mutation($id: ID!) { registerForActivity(activityId: $id) { id } }`,
      { id },
      as(newcomer),
    );
    expect(result.errors?.[0].extensions?.reason).toBe('ACTIVITY_CANCELLED');
    const past = (await schedule({ kind: 'OTHER', startsAt: '2020-03-18T09:00:00Z' })).data!
      .scheduleActivity.id;
    const late = await api.client.request(
      `mutation($id: ID!) { registerForActivity(activityId: $id) { id } }`,
      { id: past },
      as(newcomer),
    );
    expect(late.errors?.[0].extensions?.reason).toBe('ACTIVITY_PAST');
    expect((await schedule({ kind: 'OTHER' }, newcomer)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('adds attendance up per person and per track, against the 12-hour training', async () => {
    const newcomers = (
      await schedule({ kind: 'TRAINING_SESSION', track: 'NEWCOMERS', durationMinutes: 180 })
    ).data!.scheduleActivity.id;
    const joint = (
      await schedule({ kind: 'TRAINING_SESSION', track: 'JOINT', durationMinutes: 120 })
    ).data!.scheduleActivity.id;
    const workshop = (await schedule({ kind: 'POLICY_LAB_WORKSHOP', durationMinutes: 240 })).data!
      .scheduleActivity.id;
    const record = (activityId: string, minutes?: number) =>
      api.client.ok(
        `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { attended attendedMinutes } }`,
        {
          input: {
            activityId,
            entries: [{ membershipId: newcomerMembership, attended: true, minutes }],
          },
        },
        as(facilitator),
      );
    await record(newcomers);
    await record(joint, 90);
    await record(workshop);

    const totals = await api.client.ok<{
      attendanceTotals: {
        membershipId: string;
        totalHours: number;
        trainingHours: number;
        trainingTargetHours: number;
        byTrack: { track: string | null; hours: number }[];
      }[];
    }>(
      `query($e: ID!) { attendanceTotals(editionId: $e) {
         membershipId totalHours trainingHours trainingTargetHours byTrack { track hours } } }`,
      { e: editionId },
      as(facilitator),
    );
    expect(totals.attendanceTotals).toEqual([
      {
        membershipId: newcomerMembership,
        totalHours: 8.5,
        trainingHours: 4.5,
        trainingTargetHours: 12,
        byTrack: [
          { track: 'JOINT', hours: 1.5 },
          { track: 'NEWCOMERS', hours: 3 },
          { track: null, hours: 4 },
        ],
      },
    ]);
    expect(
      await api.client.codes(
        `query($e: ID!) { attendanceTotals(editionId: $e) { totalHours } }`,
        { e: editionId },
        as(newcomer),
      ),
    ).toEqual(['FORBIDDEN']);
  });

  it("publishes the edition's activities as a calendar feed behind a secret URL", async () => {
    await schedule({
      kind: 'PUBLIC_RESTITUTION',
      title: 'Restitution publique ; salle, Hôtel de ville',
    });
    const renew = () =>
      api.client.ok<{ renewCalendarFeed: { url: string } }>(
        `mutation($id: ID!) { renewCalendarFeed(id: $id) { url } }`,
        { id: editionId },
        as(coordinator),
      );
    const first = (await renew()).renewCalendarFeed.url;
    const path = new URL(first).pathname;
    const response = await fetch(`${api.url}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const body = await response.text();
    expect(body).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(body).toContain('SUMMARY:Restitution publique \\; salle\\, Hôtel de ville');

    await renew();
    expect((await fetch(`${api.url}${path}`)).status).toBe(404);
    expect((await fetch(`${api.url}/calendar/not-a-real-secret-at-all-000.ics`)).status).toBe(404);
    expect(
      await api.client.codes(
        `mutation($id: ID!) { renewCalendarFeed(id: $id) { url } }`,
        { id: editionId },
        as(newcomer),
      ),
    ).toEqual(['FORBIDDEN']);
  });

  it("puts the coming weeks' activities in what's next and in the timeline", async () => {
    const startsAt = new Date(Date.now() + 3 * 86400_000).toISOString();
    await schedule({ kind: 'NETWORKING_EVENT', title: 'Soirée de rencontre', startsAt });
    const { whatsNext } = await api.client.ok<{
      whatsNext: { upcomingActivities: { title: string }[] };
    }>(
      `query($input: WhatsNextInput!) { whatsNext(input: $input) { upcomingActivities { title } } }`,
      { input: { editionId, weeks: 1 } },
      as(coordinator),
    );
    expect(whatsNext.upcomingActivities).toEqual([{ title: 'Soirée de rencontre' }]);
    const { editionTimeline } = await api.client.ok<{
      editionTimeline: {
        startsOn: string;
        phase: { key: string } | null;
        activity: { title: string } | null;
      }[];
    }>(
      `query($id: ID!) { editionTimeline(id: $id) { startsOn phase { key } activity { title } } }`,
      { id: editionId },
      as(newcomer),
    );
    const starts = editionTimeline.map((entry) => entry.startsOn);
    expect(starts).toEqual([...starts].sort());
    expect(
      editionTimeline.find((entry) => entry.activity?.title === 'Soirée de rencontre'),
    ).toBeTruthy();
    expect(editionTimeline.filter((entry) => entry.phase)).toHaveLength(8);
  });

  it('gives the last seat to one person only, however many ask at once', async () => {
    const { data } = await schedule({ kind: 'OTHER', capacity: 1 });
    const id = data!.scheduleActivity.id;
    const others = await Promise.all(
      [MembershipRole.Newcomer, MembershipRole.LocalActor, MembershipRole.Newcomer].map(
        async (role) =>
          api.factories.signIn(await api.factories.newUser({ tenant, roles: [role] })),
      ),
    );
    const results = await Promise.all(
      others.map((token) =>
        api.client.request(
          `mutation($id: ID!) { registerForActivity(activityId: $id) { id } }`,
          { id },
          as(token),
        ),
      ),
    );
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    const { activity } = await api.client.ok<{ activity: { registeredCount: number } }>(
      `query($id: ID!) { activity(id: $id) { registeredCount } }`,
      { id },
      as(coordinator),
    );
    expect(activity.registeredCount).toBe(1);
  });
});
