import { MembershipRole } from '@inclusion/identity';
import type { Tenant } from '@inclusion/tenancy';
import { startApi, type ApiHarness } from './harness';

const MEMBERS = `query($after: String) {
  memberships(first: 50, after: $after) {
    edges { node { id roles status user { displayName email } tenant { slug } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe("a city's memberships", () => {
  let api: ApiHarness;
  let tenant: Tenant;
  let coordinatorToken: string;
  const inTenant = (token: string) => ({ token, tenant: tenant.slug });

  beforeAll(async () => {
    api = await startApi({ SQL_STATEMENT_STATS: 'true' });
    tenant = await api.factories.newTenant();
    coordinatorToken = await api.factories.signIn(await api.factories.newUser({ tenant }));
  });
  afterAll(() => api.close());

  it('lets the coordinator invite, change roles and remove a member', async () => {
    const invite = await api.client.ok<{ inviteMember: { id: string; state: string } }>(
      `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id state roles } }`,
      {
        input: {
          email: `new-${tenant.slug}@example.org`,
          displayName: 'Amina',
          roles: ['NEWCOMER'],
        },
      },
      inTenant(coordinatorToken),
    );
    expect(invite.inviteMember).toMatchObject({ state: 'PENDING', roles: ['NEWCOMER'] });

    const facilitator = await api.factories.newUser({
      tenant,
      roles: [MembershipRole.Facilitator],
    });
    const list = await api.client.ok<{
      memberships: { edges: { node: { id: string; user: { email: string } } }[] };
    }>(MEMBERS, {}, inTenant(coordinatorToken));
    const membership = list.memberships.edges.find(
      (edge) => edge.node.user.email === facilitator.email,
    )!;

    const updated = await api.client.ok(
      `mutation($input: UpdateMembershipRolesInput!) { updateMembershipRoles(input: $input) { roles } }`,
      { input: { membershipId: membership.node.id, roles: ['FACILITATOR', 'LOCAL_ACTOR'] } },
      inTenant(coordinatorToken),
    );
    expect(updated).toEqual({ updateMembershipRoles: { roles: ['FACILITATOR', 'LOCAL_ACTOR'] } });

    const facilitatorToken = await api.factories.signIn(facilitator);
    await api.client.ok(
      `mutation($id: ID!) { revokeMembership(id: $id) { status } }`,
      { id: membership.node.id },
      inTenant(coordinatorToken),
    );
    expect(
      await api.client.codes(`{ currentTenant { id } }`, {}, inTenant(facilitatorToken)),
    ).toEqual(['NOT_FOUND']);
  });

  it('keeps at least one coordinator', async () => {
    const city = await api.factories.newTenant();
    const coordinator = await api.factories.newUser({ tenant: city });
    const token = await api.factories.signIn(coordinator);
    const own = await api.client.ok<{ memberships: { edges: { node: { id: string } }[] } }>(
      `{ memberships { edges { node { id } } } }`,
      {},
      { token, tenant: city.slug },
    );
    const result = await api.client.request(
      `mutation($input: UpdateMembershipRolesInput!) { updateMembershipRoles(input: $input) { id } }`,
      { input: { membershipId: own.memberships.edges[0].node.id, roles: ['OBSERVER'] } },
      { token, tenant: city.slug },
    );
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'LAST_COORDINATOR',
    });
  });

  it('lets a facilitator read the members but not invite; a newcomer reads neither', async () => {
    const facilitator = await api.factories.newUser({
      tenant,
      roles: [MembershipRole.Facilitator],
    });
    const newcomer = await api.factories.newUser({ tenant, roles: [MembershipRole.Newcomer] });
    const facilitatorToken = await api.factories.signIn(facilitator);
    const newcomerToken = await api.factories.signIn(newcomer);
    const invite = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`;
    const input = {
      input: { email: 'someone@example.org', displayName: 'S', roles: ['OBSERVER'] },
    };

    expect(
      (await api.client.request(MEMBERS, {}, inTenant(facilitatorToken))).errors,
    ).toBeUndefined();
    expect(await api.client.codes(invite, input, inTenant(facilitatorToken))).toEqual([
      'FORBIDDEN',
    ]);
    expect(await api.client.codes(MEMBERS, {}, inTenant(newcomerToken))).toEqual(['FORBIDDEN']);
    expect(await api.client.ok(`{ currentTenant { slug } }`, {}, inTenant(newcomerToken))).toEqual({
      currentTenant: { slug: tenant.slug },
    });
  });

  it('asks for the tenant when an operation needs one', async () => {
    const result = await api.client.request(MEMBERS, {}, { token: coordinatorToken });
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'TENANT_REQUIRED',
    });
  });

  it('loads members, their accounts and tenants in a constant number of queries', async () => {
    const city = await api.factories.newTenant();
    const token = await api.factories.signIn(await api.factories.newUser({ tenant: city }));
    // Counted by the API itself, its commit included (SQL_STATEMENT_STATS).
    const countQueries = async () =>
      (await api.client.request(MEMBERS, {}, { token, tenant: city.slug })).extensions
        ?.sqlStatements;
    const withTwo =
      (await api.factories.newUser({ tenant: city, roles: [MembershipRole.Observer] }),
      await countQueries());
    for (let i = 0; i < 10; i += 1) {
      await api.factories.newUser({ tenant: city, roles: [MembershipRole.Observer] });
    }
    expect(withTwo).toBeGreaterThan(3);
    expect(await countQueries()).toBe(withTwo);
  });
});
