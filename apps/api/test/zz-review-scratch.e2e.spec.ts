import { createHash, randomUUID } from 'node:crypto';
import { TransactionRunner } from '@inclusion/database';
import { Invitation, Membership, MembershipRole, MembershipStatus, User } from '@inclusion/identity';
import { TEST_PASSWORD } from './factories';
import { startApi, type ApiHarness } from './harness';

const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('review scratch', () => {
  let api: ApiHarness;
  let runner: TransactionRunner;
  beforeAll(async () => {
    api = await startApi();
    runner = api.app.get(TransactionRunner);
  });
  afterAll(() => api.close());

  async function plantInvitation(tenantId: string, user: User, roles: MembershipRole[]) {
    const secret = `secret-${randomUUID()}-${randomUUID()}`;
    const ids = await runner.run({ tenantId }, async (em) => {
      const u = await em.findOneOrFail(User, { id: user.id });
      const m = em.create(Membership, { tenantId, user: u, roles, status: MembershipStatus.Invited });
      const i = em.create(Invitation, {
        tenantId, membership: m, email: u.email, roles, tokenHash: sha(secret),
        expiresAt: new Date(Date.now() + 86400000),
      });
      await em.flush();
      return { membershipId: m.id, invitationId: i.id };
    });
    return { secret, ...ids };
  }

  it('A: coordinator of T escalates in U via acceptInvitation + second mutation', async () => {
    const T = await api.factories.newTenant();
    const U = await api.factories.newTenant();
    await api.factories.newUser({ tenant: U }); // U's real coordinator
    const attacker = await api.factories.newUser({ tenant: T, roles: [MembershipRole.Coordinator] });
    const token = await api.factories.signIn(attacker);
    const inv = await plantInvitation(U.id, attacker, [MembershipRole.Observer]);
    const me = await api.client.request(`{ me { memberships { id status tenant { slug } } } }`, {}, { token });
    console.log('A me', JSON.stringify(me));
    const res = await api.client.request(
      `mutation($t: String!, $m: ID!) {
        a: acceptInvitation(input: { token: $t }) { accessToken }
        b: updateMembershipRoles(input: { membershipId: $m, roles: [COORDINATOR] }) { id roles status }
      }`,
      { t: inv.secret, m: inv.membershipId },
      { token, tenant: T.slug },
    );
    console.log('A res', JSON.stringify(res));
    const members = await api.client.request(`{ memberships { edges { node { id roles user { email } } } } }`, {}, { token, tenant: U.slug });
    console.log('A U members as attacker', JSON.stringify(members));
  });

  it('B: concurrent refreshes with the same token', async () => {
    const user = await api.factories.newUser();
    const s = await api.client.ok<{ signIn: { refreshToken: string } }>(
      `mutation($i: SignInInput!) { signIn(input: $i) { refreshToken } }`,
      { i: { email: user.email, password: TEST_PASSWORD } },
    );
    const q = `mutation($i: RefreshSessionInput!) { refreshSession(input: $i) { refreshToken } }`;
    const results = await Promise.all(
      [1, 2, 3].map(() => api.client.request<{ refreshSession: { refreshToken: string } }>(q, { i: { refreshToken: s.signIn.refreshToken } })),
    );
    console.log('B', JSON.stringify(results.map((r) => r.data?.refreshSession ? 'ok' : r.errors?.[0].extensions)));
    const ok = results.filter((r) => r.data?.refreshSession);
    const again = await Promise.all(ok.map((r) => api.client.request(q, { i: { refreshToken: r.data!.refreshSession.refreshToken } })));
    console.log('B second generation', JSON.stringify(again.map((r) => (r.data ? 'ok' : r.errors?.[0].extensions))));
  });

  it('C: revoked invited membership comes back when the invitation is accepted', async () => {
    const T = await api.factories.newTenant();
    const coord = await api.factories.newUser({ tenant: T });
    const ctoken = await api.factories.signIn(coord);
    const invitee = await api.factories.newUser();
    const inv = await plantInvitation(T.id, invitee, [MembershipRole.Facilitator]);
    const r1 = await api.client.request(`mutation($id: ID!) { revokeMembership(id: $id) { status } }`, { id: inv.membershipId }, { token: ctoken, tenant: T.slug });
    console.log('C revoke', JSON.stringify(r1));
    const r2 = await api.client.request(`mutation($t: String!) { acceptInvitation(input: { token: $t }) { accessToken } }`, { t: inv.secret });
    console.log('C accept', JSON.stringify(r2).slice(0, 200));
    const tok = (r2.data as any)?.acceptInvitation?.accessToken;
    if (tok) console.log('C read members', JSON.stringify(await api.client.request(`{ memberships { edges { node { id } } } }`, {}, { token: tok, tenant: T.slug })).slice(0, 200));
  });

  it('D: concurrent wrong passwords vs throttle', async () => {
    const user = await api.factories.newUser();
    const q = `mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }`;
    const results = await Promise.all(
      Array.from({ length: 20 }, () => api.client.request(q, { i: { email: user.email, password: 'wrong guess' } })),
    );
    const reasons = results.map((r) => r.errors?.[0].extensions?.reason);
    console.log('D', JSON.stringify(reasons.reduce((a: any, x: any) => ({ ...a, [x]: (a[x] ?? 0) + 1 }), {})));
  });

  it('E: concurrent sign-in link consumption', async () => {
    const user = await api.factories.newUser();
    const secret = `link-${randomUUID()}-${randomUUID()}`;
    await runner.run({}, async (em) => {
      await em.execute(`insert into one_time_token (id, created_at, updated_at, user_id, purpose, token_hash, expires_at) values (?, now(), now(), ?, 'sign_in_link', ?, now() + interval '10 minutes')`, [randomUUID(), user.id, sha(secret)]);
    });
    const q = `mutation($i: TokenInput!) { signInWithLink(input: $i) { accessToken } }`;
    const results = await Promise.all([1, 2, 3].map(() => api.client.request(q, { i: { token: secret } })));
    console.log('E', JSON.stringify(results.map((r) => (r.data ? 'ok' : r.errors?.[0].extensions?.reason))));
  });
});
