import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { User } from '@inclusion/identity';
import type { Tenant } from '@inclusion/tenancy';
import { startApi, type ApiHarness } from './harness';

/**
 * Tenant A's people aim at tenant B's records through every operation of the schema, and get
 * "not found" or nothing. The list of cases is checked against the schema itself: a new operation
 * without a case here fails the suite.
 */
describe('tenant isolation, operation by operation', () => {
  let api: ApiHarness;
  let tenantA: Tenant;
  let tenantB: Tenant;
  let coordinatorA: User;
  let coordinatorB: User;
  let tokenA: string;
  let tokenB: string;
  let membershipB: string;
  let invitationB: string;

  const asA = (query: string, variables: Record<string, unknown> = {}, tenant = tenantA.slug) =>
    api.client.request(query, variables, { token: tokenA, tenant });
  const codesAsA = async (
    query: string,
    variables: Record<string, unknown> = {},
    tenant = tenantA.slug,
  ) => ((await asA(query, variables, tenant)).errors ?? []).map((error) => error.extensions?.code);

  /** What tenant B's coordinator sees of B, to prove a failed attack changed nothing. */
  const bState = async () =>
    api.client.ok(
      `{ memberships(first: 100) { edges { node { id roles status } } }
         invitations(first: 100) { edges { node { id state } } }
         currentTenant { name status } }`,
      {},
      { token: tokenB, tenant: tenantB.slug },
    );

  beforeAll(async () => {
    api = await startApi();
    const f = api.factories;
    [tenantA, tenantB] = await Promise.all([f.newTenant(), f.newTenant()]);
    coordinatorA = await f.newUser({ tenant: tenantA });
    coordinatorB = await f.newUser({ tenant: tenantB });
    [tokenA, tokenB] = await Promise.all([f.signIn(coordinatorA), f.signIn(coordinatorB)]);
    const invited = await api.client.ok<{ inviteMember: { id: string } }>(
      `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`,
      {
        input: { email: `b-${tenantB.slug}@example.org`, displayName: 'B', roles: ['FACILITATOR'] },
      },
      { token: tokenB, tenant: tenantB.slug },
    );
    invitationB = invited.inviteMember.id;
    const members = await api.client.ok<{ memberships: { edges: { node: { id: string } }[] } }>(
      `{ memberships(first: 10) { edges { node { id } } } }`,
      {},
      { token: tokenB, tenant: tenantB.slug },
    );
    membershipB = members.memberships.edges[0].node.id;
  });
  afterAll(() => api.close());

  const cases: Record<string, () => Promise<void>> = {
    // Queries
    me: async () => {
      const result = await asA(`{ me { memberships { tenant { id } } } }`);
      const tenants = JSON.stringify(result.data);
      expect(tenants).toContain(tenantA.id);
      expect(tenants).not.toContain(tenantB.id);
    },
    currentTenant: async () => {
      expect(await codesAsA(`{ currentTenant { id } }`, {}, tenantB.slug)).toEqual(['NOT_FOUND']);
    },
    memberships: async () => {
      const inA = JSON.stringify(
        (await asA(`{ memberships(first: 100) { edges { node { id } } } }`)).data,
      );
      expect(inA).not.toContain(membershipB);
      expect(await codesAsA(`{ memberships { edges { node { id } } } }`, {}, tenantB.slug)).toEqual(
        ['NOT_FOUND'],
      );
    },
    membership: async () => {
      expect(
        await codesAsA(`query($id: ID!) { membership(id: $id) { id } }`, { id: membershipB }),
      ).toEqual(['NOT_FOUND']);
    },
    invitations: async () => {
      const inA = JSON.stringify(
        (await asA(`{ invitations(first: 100) { edges { node { id } } } }`)).data,
      );
      expect(inA).not.toContain(invitationB);
    },
    auditEntries: async () => {
      const inA = JSON.stringify(
        (await asA(`{ auditEntries(first: 100) { edges { node { tenantId affectedIds } } } }`))
          .data,
      );
      expect(inA).not.toContain(tenantB.id);
      expect(inA).not.toContain(invitationB);
      expect(
        await codesAsA(`{ auditEntries { edges { node { id } } } }`, {}, tenantB.slug),
      ).toEqual(['NOT_FOUND']);
    },
    networkAuditEntries: async () => {
      expect(
        await codesAsA(
          `query($t: ID) { networkAuditEntries(tenantId: $t) { edges { node { id } } } }`,
          {
            t: tenantB.id,
          },
        ),
      ).toEqual(['FORBIDDEN']);
    },
    tenants: async () => {
      expect(await codesAsA(`{ tenants { edges { node { id } } } }`)).toEqual(['FORBIDDEN']);
    },
    tenant: async () => {
      expect(
        await codesAsA(`query($id: ID!) { tenant(id: $id) { name } }`, { id: tenantB.id }),
      ).toEqual(['FORBIDDEN']);
    },
    failedDeliveries: async () => {
      expect(await codesAsA(`{ failedDeliveries { edges { node { id } } } }`)).toEqual([
        'FORBIDDEN',
      ]);
    },

    // Mutations aimed at B's records
    updateMembershipRoles: async () => {
      const before = await bState();
      const codes = await codesAsA(
        `mutation($input: UpdateMembershipRolesInput!) { updateMembershipRoles(input: $input) { id } }`,
        { input: { membershipId: membershipB, roles: ['OBSERVER'] } },
      );
      expect(codes).toEqual(['NOT_FOUND']);
      expect(await bState()).toEqual(before);
    },
    revokeMembership: async () => {
      const before = await bState();
      expect(
        await codesAsA(`mutation($id: ID!) { revokeMembership(id: $id) { id } }`, {
          id: membershipB,
        }),
      ).toEqual(['NOT_FOUND']);
      expect(await bState()).toEqual(before);
    },
    inviteMember: async () => {
      const before = await bState();
      const codes = await codesAsA(
        `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`,
        { input: { email: 'intruder@example.org', displayName: 'X', roles: ['COORDINATOR'] } },
        tenantB.slug,
      );
      expect(codes).toEqual(['NOT_FOUND']);
      expect(await bState()).toEqual(before);
    },
    resendInvitation: async () => {
      expect(
        await codesAsA(`mutation($id: ID!) { resendInvitation(id: $id) { id } }`, {
          id: invitationB,
        }),
      ).toEqual(['NOT_FOUND']);
    },
    revokeInvitation: async () => {
      const before = await bState();
      expect(
        await codesAsA(`mutation($id: ID!) { revokeInvitation(id: $id) { id } }`, {
          id: invitationB,
        }),
      ).toEqual(['NOT_FOUND']);
      expect(await bState()).toEqual(before);
    },
    acceptInvitation: async () => {
      const codes = await codesAsA(
        `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`,
        { input: { token: 'forged-token-that-matches-nothing', password: 'long enough password' } },
        tenantB.slug,
      );
      expect(codes).toEqual(['BAD_USER_INPUT']);
      expect(await bState()).toMatchObject({
        invitations: { edges: [{ node: { state: 'PENDING' } }] },
      });
    },
    onboardTenant: async () => {
      const codes = await codesAsA(
        `mutation($input: OnboardTenantInput!) { onboardTenant(input: $input) { invitedEmail } }`,
        {
          input: {
            tenant: {
              name: 'Intruder',
              slug: `intruder-${tenantA.slug}`,
              country: 'FR',
              kind: 'MUNICIPALITY',
              defaultLocale: 'fr',
              timeZone: 'Europe/Paris',
            },
            coordinator: { email: 'intruder@example.org', displayName: 'X' },
          },
        },
      );
      expect(codes).toEqual(['FORBIDDEN']);
    },
    updateTenant: async () => {
      const before = await bState();
      const codes = await codesAsA(
        `mutation($input: UpdateTenantInput!) { updateTenant(input: $input) { id } }`,
        { input: { id: tenantB.id, name: 'Taken over' } },
      );
      expect(codes).toEqual(['FORBIDDEN']);
      expect(await bState()).toEqual(before);
    },
    archiveTenant: async () => {
      const before = await bState();
      expect(
        await codesAsA(`mutation($id: ID!) { archiveTenant(id: $id) { id } }`, { id: tenantB.id }),
      ).toEqual(['FORBIDDEN']);
      expect(await bState()).toEqual(before);
    },
    retryDelivery: async () => {
      expect(
        await codesAsA(`mutation($id: ID!) { retryDelivery(id: $id) { id } }`, { id: invitationB }),
      ).toEqual(['FORBIDDEN']);
    },

    // The caller's own account: signing in to A opens nothing in B
    signIn: async () => {
      const data = await api.client.ok<{ signIn: { accessToken: string } }>(
        `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`,
        { input: { email: coordinatorA.email, password: 'correct horse battery staple' } },
      );
      const codes = await api.client.codes(
        `{ currentTenant { id } }`,
        {},
        {
          token: data.signIn.accessToken,
          tenant: tenantB.slug,
        },
      );
      expect(codes).toEqual(['NOT_FOUND']);
    },
    refreshSession: async () => {
      const signedIn = await api.client.ok<{ signIn: { refreshToken: string } }>(
        `mutation($input: SignInInput!) { signIn(input: $input) { refreshToken } }`,
        { input: { email: coordinatorA.email, password: 'correct horse battery staple' } },
      );
      const refreshed = await api.client.ok<{ refreshSession: { accessToken: string } }>(
        `mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken } }`,
        { input: { refreshToken: signedIn.signIn.refreshToken } },
        { tenant: tenantB.slug },
      );
      const codes = await api.client.codes(
        `{ memberships { edges { node { id } } } }`,
        {},
        {
          token: refreshed.refreshSession.accessToken,
          tenant: tenantB.slug,
        },
      );
      expect(codes).toEqual(['NOT_FOUND']);
    },
    signOut: async () => {
      const token = await api.factories.signIn(coordinatorA);
      await api.client.ok(`mutation { signOut }`, {}, { token, tenant: tenantB.slug });
      expect(await api.client.ok(`{ me { id } }`, {}, { token: tokenB })).toEqual({
        me: { id: coordinatorB.id },
      });
    },
    requestSignInLink: async () => {
      const result = await asA(
        `mutation($input: EmailInput!) { requestSignInLink(input: $input) }`,
        { input: { email: coordinatorB.email } },
        tenantB.slug,
      );
      expect(result.data).toEqual({ requestSignInLink: true });
    },
    requestPasswordReset: async () => {
      const result = await asA(
        `mutation($input: EmailInput!) { requestPasswordReset(input: $input) }`,
        { input: { email: coordinatorB.email } },
        tenantB.slug,
      );
      expect(result.data).toEqual({ requestPasswordReset: true });
    },
    signInWithLink: async () => {
      expect(
        await codesAsA(
          `mutation($input: TokenInput!) { signInWithLink(input: $input) { accessToken } }`,
          { input: { token: 'forged-token-that-matches-nothing' } },
          tenantB.slug,
        ),
      ).toEqual(['BAD_USER_INPUT']);
    },
    resetPassword: async () => {
      expect(
        await codesAsA(
          `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { accessToken } }`,
          {
            input: {
              token: 'forged-token-that-matches-nothing',
              newPassword: 'a brand new password',
            },
          },
          tenantB.slug,
        ),
      ).toEqual(['BAD_USER_INPUT']);
    },
    changePassword: async () => {
      const codes = await codesAsA(
        `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`,
        { input: { currentPassword: 'wrong password', newPassword: 'a brand new password' } },
        tenantB.slug,
      );
      expect(codes).toEqual(['BAD_USER_INPUT']);
      await api.factories.signIn(coordinatorB);
    },
    updateMyProfile: async () => {
      const result = await asA(
        `mutation($input: UpdateProfileInput!) { updateMyProfile(input: $input) { id } }`,
        { input: { displayName: 'Renamed' } },
        tenantB.slug,
      );
      expect(result.data).toEqual({ updateMyProfile: { id: coordinatorA.id } });
      const b = await api.client.ok<{ me: { displayName: string } }>(
        `{ me { displayName } }`,
        {},
        {
          token: tokenB,
        },
      );
      expect(b.me.displayName).not.toBe('Renamed');
    },
  };

  it('has a case for every query and mutation of the schema', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const operations = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
    ];
    expect(operations.filter((operation) => !(operation in cases))).toEqual([]);
    expect(Object.keys(cases).filter((name) => !operations.includes(name))).toEqual([]);
  });

  it.each(Object.keys(cases))('%s: tenant A reaches nothing of tenant B', async (operation) => {
    await cases[operation]();
  });
});
