import type { INestApplicationContext } from '@nestjs/common';
import { loadConfig } from '@inclusion/config';
import { SmtpPeer, createPrivateDatabase, type PrivateDatabase, tokenIn } from '@inclusion/testing';
import { OutboxRelay } from '@inclusion/mail';
import { createWorker } from '@inclusion/worker';
import { TEST_PASSWORD } from './factories';
import { startApi, type ApiHarness } from './harness';

/**
 * The whole path a new city takes, over real HTTP, PostgreSQL, Redis and SMTP: the operator
 * onboards it, the worker mails the invitation, the coordinator accepts it and signs in.
 */
describe('onboarding by mail, end to end', () => {
  let database: PrivateDatabase;
  let smtp: SmtpPeer;
  let api: ApiHarness;
  let worker: INestApplicationContext;
  let operatorToken: string;
  const run = Date.now().toString(36);

  beforeAll(async () => {
    // Its own database: the relay delivers every pending row it sees, and only ours belong here.
    database = await createPrivateDatabase('onboarding');
    smtp = await SmtpPeer.start();
    const env = {
      DATABASE_URL: database.url,
      DATABASE_OWNER_URL: database.ownerUrl,
      SMTP_URL: smtp.url,
      // The tests drive the relay themselves (deliver()), so they decide what the worker sees when.
      OUTBOX_POLL_MS: '60000',
      QUEUE_PREFIX: `test_onboarding_${run}`,
      PUBLIC_APP_URL: 'https://app.example.org',
      MAIL_MAX_ATTEMPTS: '2',
      MAIL_RETRY_BASE_MS: '20',
    };
    api = await startApi(env);
    worker = await createWorker(loadConfig());
    operatorToken = await api.factories.signIn(
      await api.factories.newUser({ networkOperator: true }),
    );
  });

  const deliver = () => worker.get(OutboxRelay).tick();

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await smtp?.close();
    await database?.drop();
  });

  it('invites the first coordinator, who accepts, sets a password and signs in', async () => {
    const slug = `brest-${run}`;
    const email = `coordination@${slug}.example`;
    await api.client.ok(
      `mutation($input: OnboardTenantInput!) { onboardTenant(input: $input) { tenant { id } } }`,
      {
        input: {
          tenant: {
            name: 'Ville de Brest',
            slug,
            country: 'FR',
            kind: 'MUNICIPALITY',
            defaultLocale: 'fr',
            timeZone: 'Europe/Paris',
          },
          coordinator: { email, displayName: 'Coordination Brest' },
        },
      },
      { token: operatorToken },
    );

    await deliver();
    const mail = await smtp.waitFor((received) => received.to.includes(email), 15000);
    expect(mail.subject).toMatch(/Ville de Brest/);
    expect(mail.text).toMatch(/Coordination/);
    expect(mail.text).toContain('https://app.example.org/invitations/accept?token=');

    const accepted = await api.client.ok<{ acceptInvitation: { accessToken: string } }>(
      `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`,
      { input: { token: tokenIn(mail), password: 'a passphrase for Brest' } },
    );
    const token = accepted.acceptInvitation.accessToken;
    expect(
      await api.client.ok(
        `{ me { memberships { roles } } currentTenant { status } }`,
        {},
        {
          token,
          tenant: slug,
        },
      ),
    ).toEqual({
      me: { memberships: [{ roles: ['COORDINATOR'] }] },
      currentTenant: { status: 'ACTIVE' },
    });

    const again = await api.client.request(
      `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`,
      { input: { token: tokenIn(mail), password: 'a passphrase for Brest' } },
    );
    expect(again.errors?.[0].extensions?.reason).toBe('INVALID_OR_EXPIRED_LINK');
    await api.client.ok(
      `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`,
      { input: { email, password: 'a passphrase for Brest' } },
    );
  });

  it('writes to each person in their language', async () => {
    const tenant = await api.factories.newTenant();
    const token = await api.factories.signIn(await api.factories.newUser({ tenant }));
    const email = `newcomer-${run}@example.org`;
    await api.client.ok(
      `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`,
      { input: { email, displayName: 'Samir', roles: ['NEWCOMER'], locale: 'en' } },
      { token, tenant: tenant.slug },
    );
    await deliver();
    const mail = await smtp.waitFor((received) => received.to.includes(email), 15000);
    expect(mail.subject).toMatch(/invit/i);
    expect(mail.text).toMatch(/Newcomer participant/);
  });

  it('sends nothing for an invitation revoked before the worker got to it', async () => {
    const tenant = await api.factories.newTenant();
    const token = await api.factories.signIn(await api.factories.newUser({ tenant }));
    const invite = (email: string) =>
      api.client.ok<{ inviteMember: { id: string } }>(
        `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`,
        { input: { email, displayName: 'R', roles: ['OBSERVER'] } },
        { token, tenant: tenant.slug },
      );
    const revoked = `revoked-${run}@example.org`;
    const invited = await invite(revoked);
    await api.client.ok(
      `mutation($id: ID!) { revokeInvitation(id: $id) { id } }`,
      { id: invited.inviteMember.id },
      { token, tenant: tenant.slug },
    );
    const marker = `marker-${run}@example.org`;
    await invite(marker);
    await deliver();
    await smtp.waitFor((received) => received.to.includes(marker), 15000);
    expect(smtp.find((received) => received.to.includes(revoked))).toEqual([]);
  });

  it('resets a forgotten password by mail and ends the other sessions', async () => {
    const user = await api.factories.newUser();
    const oldSession = await api.factories.signIn(user);
    await api.client.ok(`mutation($input: EmailInput!) { requestPasswordReset(input: $input) }`, {
      input: { email: user.email },
    });
    await deliver();
    const mail = await smtp.waitFor((received) => received.to.includes(user.email), 15000);
    expect(mail.text).toContain('/password/reset?token=');
    await api.client.ok(
      `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { accessToken } }`,
      { input: { token: tokenIn(mail), newPassword: 'my new long passphrase' } },
    );
    expect(await api.client.codes(`{ me { id } }`, {}, { token: oldSession })).toEqual([
      'UNAUTHENTICATED',
    ]);
    await api.client.ok(
      `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`,
      { input: { email: user.email, password: 'my new long passphrase' } },
    );
  });

  it('signs in with a one-time link, once', async () => {
    const user = await api.factories.newUser();
    await api.client.ok(`mutation($input: EmailInput!) { requestSignInLink(input: $input) }`, {
      input: { email: user.email },
    });
    await deliver();
    const mail = await smtp.waitFor(
      (received) => received.to.includes(user.email) && received.text.includes('/sign-in/link'),
      15000,
    );
    const query = `mutation($input: TokenInput!) { signInWithLink(input: $input) { viewer { id } } }`;
    const first = await api.client.ok(query, { input: { token: tokenIn(mail) } });
    expect(first).toEqual({ signInWithLink: { viewer: { id: user.id } } });
    expect(await api.client.codes(query, { input: { token: tokenIn(mail) } })).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('shows the operator a mail that finally failed, and sends it again on request', async () => {
    const user = await api.factories.newUser({ email: `unlucky-${run}@bounce.example` });
    const failed = `query { failedDeliveries(first: 50) { edges { node { id template recipient attempts lastError } } } }`;
    type Failed = {
      failedDeliveries: {
        edges: { node: { id: string; template: string; recipient: string; attempts: number } }[];
      };
    };
    smtp.reject(550, 'Mailbox unavailable');
    await api.client.ok(`mutation($input: EmailInput!) { requestSignInLink(input: $input) }`, {
      input: { email: user.email },
    });
    await deliver();
    let delivery: Failed['failedDeliveries']['edges'][number]['node'] | undefined;
    for (let attempt = 0; attempt < 100 && !delivery; attempt += 1) {
      const page = await api.client.ok<Failed>(failed, {}, { token: operatorToken });
      delivery = page.failedDeliveries.edges
        .map((edge) => edge.node)
        .find((node) => node.recipient === 'u…@bounce.example');
      if (!delivery) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    smtp.accept();
    expect(delivery).toMatchObject({ template: 'sign-in-link', attempts: 2 });

    await api.client.ok(
      `mutation($id: ID!) { retryDelivery(id: $id) { id } }`,
      { id: delivery!.id },
      {
        token: operatorToken,
      },
    );
    await deliver();
    const mail = await smtp.waitFor((received) => received.to.includes(user.email), 15000);
    expect(mail.text).toContain('/sign-in/link?token=');
  });

  /** Invites `email` into `tenant` as its coordinator would, and returns the link's token. */
  async function invitationToken(
    tenant: { slug: string },
    coordinatorToken: string,
    email: string,
    roles = ['OBSERVER'],
  ) {
    const invited = await api.client.ok<{ inviteMember: { id: string } }>(
      `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`,
      { input: { email, displayName: 'Invitee', roles } },
      { token: coordinatorToken, tenant: tenant.slug },
    );
    await deliver();
    const mail = await smtp.waitFor((received) => received.to.includes(email), 15000);
    return { token: tokenIn(mail), invitationId: invited.inviteMember.id };
  }
  const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`;

  it('does not let one request accept an invitation elsewhere and then act there as at home', async () => {
    const home = await api.factories.newTenant();
    const elsewhere = await api.factories.newTenant();
    const coordinator = await api.factories.newUser({ tenant: home });
    const token = await api.factories.signIn(coordinator);
    const elsewhereToken = await api.factories.signIn(
      await api.factories.newUser({ tenant: elsewhere }),
    );
    const invitation = await invitationToken(elsewhere, elsewhereToken, coordinator.email);
    const mine = await api.client.ok<{
      me: { memberships: { id: string; tenant: { id: string } }[] };
    }>(`{ me { memberships { id tenant { id } } } }`, {}, { token });
    const pending = mine.me.memberships.find((m) => m.tenant.id === elsewhere.id)!;

    const result = await api.client.request(
      `mutation($accept: AcceptInvitationInput!, $roles: UpdateMembershipRolesInput!) {
         acceptInvitation(input: $accept) { accessToken }
         updateMembershipRoles(input: $roles) { roles }
       }`,
      {
        accept: { token: invitation.token, password: TEST_PASSWORD },
        roles: { membershipId: pending.id, roles: ['COORDINATOR'] },
      },
      { token, tenant: home.slug },
    );
    expect(result.errors?.[0].extensions?.reason).toBe('OPERATION_LEFT_TENANT');
    expect(result.data).toBeNull();
    const after = await api.client.ok<{
      me: { memberships: { roles: string[]; status: string; tenant: { id: string } }[] };
    }>(`{ me { memberships { roles status tenant { id } } } }`, {}, { token });
    expect(after.me.memberships.find((m) => m.tenant.id === elsewhere.id)).toMatchObject({
      roles: ['OBSERVER'],
      status: 'INVITED',
    });
  });

  it('asks an existing account for its password before an invitation joins it', async () => {
    const tenant = await api.factories.newTenant();
    const coordinatorToken = await api.factories.signIn(await api.factories.newUser({ tenant }));
    const existing = await api.factories.newUser();
    const { token } = await invitationToken(tenant, coordinatorToken, existing.email);
    const withoutPassword = await api.client.request(ACCEPT, { input: { token } });
    expect(withoutPassword.errors?.[0].extensions?.reason).toBe('CURRENT_PASSWORD_REQUIRED');
    const wrong = await api.client.request(ACCEPT, {
      input: { token, password: 'not my password' },
    });
    expect(wrong.errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
    await api.client.ok(ACCEPT, { input: { token, password: TEST_PASSWORD } });
  });

  it('does not let a removed invitee back in with the old link', async () => {
    const tenant = await api.factories.newTenant();
    const coordinatorToken = await api.factories.signIn(await api.factories.newUser({ tenant }));
    const email = `removed-${run}@example.org`;
    const { token } = await invitationToken(tenant, coordinatorToken, email);
    const members = await api.client.ok<{
      memberships: { edges: { node: { id: string; user: { email: string } } }[] };
    }>(
      `{ memberships(first: 50) { edges { node { id user { email } } } } }`,
      {},
      {
        token: coordinatorToken,
        tenant: tenant.slug,
      },
    );
    const invited = members.memberships.edges.find((edge) => edge.node.user.email === email)!;
    await api.client.ok(
      `mutation($id: ID!) { revokeMembership(id: $id) { id } }`,
      { id: invited.node.id },
      {
        token: coordinatorToken,
        tenant: tenant.slug,
      },
    );
    const result = await api.client.request(ACCEPT, {
      input: { token, password: 'a long enough password' },
    });
    expect(result.errors?.[0].extensions?.reason).toBe('INVALID_OR_EXPIRED_LINK');
  });

  it('honours an invitation link once, even when used twice at the same moment', async () => {
    const tenant = await api.factories.newTenant();
    const coordinatorToken = await api.factories.signIn(await api.factories.newUser({ tenant }));
    const { token } = await invitationToken(tenant, coordinatorToken, `twice-${run}@example.org`);
    const results = await Promise.all(
      [1, 2].map(() =>
        api.client.request(ACCEPT, { input: { token, password: 'a long enough password' } }),
      ),
    );
    expect(results.filter((result) => result.data?.acceptInvitation)).toHaveLength(1);
  });
});
