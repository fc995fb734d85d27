import { MembershipRole } from '@inclusion/identity';
import type { Tenant } from '@inclusion/tenancy';
import { startApi, type ApiHarness } from './harness';

describe('review scratch', () => {
  let api: ApiHarness;
  let tenant: Tenant;
  let coordinator: string;
  let newcomer: string;
  let observer: string;
  let editionId: string;
  const as = (token: string) => ({ token, tenant: tenant.slug });

  beforeAll(async () => {
    api = await startApi();
    tenant = await api.factories.newTenant({ name: 'Ville scratch' });
    coordinator = await api.factories.signIn(await api.factories.newUser({ tenant }));
    newcomer = await api.factories.signIn(
      await api.factories.newUser({ tenant, roles: [MembershipRole.Newcomer] }),
    );
    observer = await api.factories.signIn(
      await api.factories.newUser({ tenant, roles: [MembershipRole.Observer] }),
    );
    const templateVersionId = await api.factories.builtInTemplate(coordinator);
    editionId = (
      await api.client.ok<{ createEdition: { id: string } }>(
        `mutation($input: CreateEditionInput!) { createEdition(input: $input) { id } }`,
        { input: { name: 'Pilote', templateVersionId, startDate: '2030-02-04' } },
        as(coordinator),
      )
    ).createEdition.id;
  });
  afterAll(() => api.close());

  it('observer sees newcomer author email', async () => {
    const { createPolicyLab } = await api.client.ok<{ createPolicyLab: { id: string } }>(
      `mutation($input: CreatePolicyLabInput!) { createPolicyLab(input: $input) { id } }`,
      { input: { editionId, title: 'Lab', problem: 'Un problème assez long pour passer.' } },
      as(coordinator),
    );
    const added = await api.client.request(
      `mutation($input: AddLabArtefactInput!) { addLabArtefact(input: $input) { id } }`,
      { input: { labId: createPolicyLab.id, step: 'SHARED_DIAGNOSIS', kind: 'FINDING', title: 'Constat' } },
      as(newcomer),
    );
    console.log('ADD', JSON.stringify(added));
    const read = await api.client.request(
      `query($id: ID!) { policyLab(id: $id) { steps { artefacts { author { displayName email } } } } }`,
      { id: createPolicyLab.id },
      as(observer),
    );
    console.log('OBSERVER READ', JSON.stringify(read));
  });

  it('duplicate attendance entries', async () => {
    const { scheduleActivity } = await api.client.ok<{ scheduleActivity: { id: string } }>(
      `mutation($input: ScheduleActivityInput!) { scheduleActivity(input: $input) { id } }`,
      { input: { editionId, kind: 'OTHER', title: 'x', startsAt: '2030-10-07T09:00:00Z', durationMinutes: 60, languages: ['fr'] } },
      as(coordinator),
    );
    const me = await api.client.ok<{ registerForActivity: { membershipId: string } }>(
      `mutation($id: ID!) { registerForActivity(activityId: $id) { membershipId } }`,
      { id: scheduleActivity.id },
      as(newcomer),
    );
    const m = me.registerForActivity.membershipId;
    const other = await api.factories.newUser({ tenant, roles: [MembershipRole.Newcomer] });
    const members = await api.client.request<any>(`{ members { edges { node { id } } } }`, {}, as(coordinator));
    console.log('MEMBERS', JSON.stringify(members).slice(0, 300), other ? '' : '');
    const res = await api.client.request(
      `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`,
      { input: { activityId: scheduleActivity.id, entries: [{ membershipId: m, attended: true }, { membershipId: m, attended: false }] } },
      as(coordinator),
    );
    console.log('DUP EXISTING', JSON.stringify(res));
  });
});
