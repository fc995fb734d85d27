import type { User } from '@inclusion/identity';
import { TEST_PASSWORD } from './factories';
import { startApi, type ApiHarness } from './harness';

const SIGN_IN = `mutation($input: SignInInput!) {
  signIn(input: $input) { accessToken refreshToken viewer { id email } }
}`;
const REFRESH = `mutation($input: RefreshSessionInput!) {
  refreshSession(input: $input) { accessToken refreshToken }
}`;

type Tokens = { accessToken: string; refreshToken: string; viewer: { id: string } };

describe('authentication', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  const signIn = async (email: string, password = TEST_PASSWORD) =>
    api.client.request<{ signIn: Tokens }>(SIGN_IN, { input: { email, password } });
  const refresh = (refreshToken: string) =>
    api.client.request<{ refreshSession: Tokens }>(REFRESH, { input: { refreshToken } });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const user = await api.factories.newUser();
    const unknown = await signIn('nobody-here@example.org');
    const wrong = await signIn(user.email, 'not the password');
    expect(unknown.errors).toEqual(wrong.errors);
    expect(wrong.errors?.[0].extensions).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'INVALID_CREDENTIALS',
    });
  });

  it('tells who signed in and the cities they belong to, in the same answer', async () => {
    const tenant = await api.factories.newTenant();
    const user = await api.factories.newUser({ tenant });
    const result = await api.client.ok<{
      signIn: { viewer: { id: string; memberships: { tenant: { slug: string } }[] } };
    }>(
      `mutation($input: SignInInput!) {
         signIn(input: $input) { viewer { id memberships { tenant { slug } } } } }`,
      { input: { email: user.email, password: TEST_PASSWORD } },
    );
    expect(result.signIn.viewer).toEqual({
      id: user.id,
      memberships: [{ tenant: { slug: tenant.slug } }],
    });
  });

  it('answers in the language the client asks for', async () => {
    const result = await api.client.request(
      SIGN_IN,
      {
        input: { email: 'nobody@example.org', password: 'x' },
      },
      { locale: 'fr-FR,fr;q=0.9' },
    );
    expect(result.errors?.[0].message).toBe('Adresse e-mail ou mot de passe incorrect.');
  });

  it('throttles guessing: after five failures even the right password waits', async () => {
    const user = await api.factories.newUser();
    for (let attempt = 0; attempt < 5; attempt += 1) await signIn(user.email, 'guess');
    const result = await signIn(user.email);
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      reason: 'TOO_MANY_ATTEMPTS',
    });
  });

  it('rotates refresh tokens and revokes the session when one is replayed', async () => {
    const user = await api.factories.newUser();
    const first = (await signIn(user.email)).data!.signIn;
    const second = (await refresh(first.refreshToken)).data!.refreshSession;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(await api.client.ok(`{ me { id } }`, {}, { token: second.accessToken })).toEqual({
      me: { id: user.id },
    });

    const replay = await refresh(first.refreshToken);
    expect(replay.errors?.[0].extensions?.reason).toBe('INVALID_REFRESH_TOKEN');
    expect((await refresh(second.refreshToken)).errors?.[0].extensions?.reason).toBe(
      'INVALID_REFRESH_TOKEN',
    );
    expect(await api.client.codes(`{ me { id } }`, {}, { token: second.accessToken })).toEqual([
      'UNAUTHENTICATED',
    ]);
  });

  it('signing out ends the access token at once, other sessions go on', async () => {
    const user = await api.factories.newUser();
    const kept = await api.factories.signIn(user);
    const ended = await api.factories.signIn(user);
    expect(await api.client.ok(`mutation { signOut }`, {}, { token: ended })).toEqual({
      signOut: true,
    });
    expect(await api.client.codes(`{ me { id } }`, {}, { token: ended })).toEqual([
      'UNAUTHENTICATED',
    ]);
    expect(await api.client.ok(`{ me { id } }`, {}, { token: kept })).toEqual({
      me: { id: user.id },
    });
  });

  it('refuses a forged or foreign bearer token', async () => {
    const forged = 'eyJhbGciOiJIUzI1NiJ9.eyJzaWQiOiJ4Iiwic3ViIjoieSJ9.c2lnbmF0dXJl';
    expect(await api.client.codes(`{ me { id } }`, {}, { token: forged })).toEqual([
      'UNAUTHENTICATED',
    ]);
    expect(await api.client.codes(`{ me { id } }`)).toEqual(['UNAUTHENTICATED']);
  });

  it('changes a password: the old one stops working', async () => {
    const user: User = await api.factories.newUser();
    const token = await api.factories.signIn(user);
    await api.client.ok(
      `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`,
      { input: { currentPassword: TEST_PASSWORD, newPassword: 'a completely new passphrase' } },
      { token },
    );
    expect((await signIn(user.email)).errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
    expect((await signIn(user.email, 'a completely new passphrase')).data?.signIn.viewer.id).toBe(
      user.id,
    );
  });

  it('validates input with a stable code and the rule that failed', async () => {
    const result = await api.client.request(SIGN_IN, {
      input: { email: 'not an email', password: 'x' },
    });
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      details: { violations: ['email must be an email'] },
    });
  });

  it('answers a request for an emailed link the same whether the account exists or not', async () => {
    const user = await api.factories.newUser();
    const query = `mutation($input: EmailInput!) { requestSignInLink(input: $input) }`;
    expect(await api.client.ok(query, { input: { email: user.email } })).toEqual({
      requestSignInLink: true,
    });
    expect(await api.client.ok(query, { input: { email: 'nobody-at-all@example.org' } })).toEqual({
      requestSignInLink: true,
    });
  });

  it('keeps CSRF prevention on: a simple cross-site form post is refused', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(response.status).toBe(400);
  });

  it('refuses abusive queries before running them', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: me { id }`).join(' ');
    const result = await api.client.request(`{ ${aliases} }`);
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('counts parallel guesses before trying them, so none slips past the limit', async () => {
    const user = await api.factories.newUser();
    const results = await Promise.all(
      Array.from({ length: 8 }, () => signIn(user.email, 'parallel guess')),
    );
    const reasons = results.map((result) => result.errors?.[0].extensions?.reason);
    expect(reasons.filter((reason) => reason === 'INVALID_CREDENTIALS')).toHaveLength(5);
    expect(reasons.filter((reason) => reason === 'TOO_MANY_ATTEMPTS')).toHaveLength(3);
  });

  it('keeps serving while a burst of failing sign-ins exceeds the connection pool', async () => {
    const emails = Array.from({ length: 15 }, (_, i) => `burst-${i}-${Date.now()}@example.org`);
    const started = Date.now();
    const results = await Promise.all(emails.map((email) => signIn(email, 'wrong')));
    expect(results.map((result) => result.errors?.[0].extensions?.reason)).toEqual(
      emails.map(() => 'INVALID_CREDENTIALS'),
    );
    expect(Date.now() - started).toBeLessThan(10000);
  });

  it('honours a refresh token once, however many times it is sent at the same moment', async () => {
    const user = await api.factories.newUser();
    const { refreshToken } = (await signIn(user.email)).data!.signIn;
    const results = await Promise.all([1, 2, 3].map(() => refresh(refreshToken)));
    const succeeded = results.filter((result) => result.data?.refreshSession);
    expect(succeeded.length).toBeLessThanOrEqual(1);
    for (const result of succeeded) {
      expect(
        await api.client.codes(
          `{ me { id } }`,
          {},
          { token: result.data!.refreshSession.accessToken },
        ),
      ).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('changing the password signs out every other session', async () => {
    const user = await api.factories.newUser();
    const other = await api.factories.signIn(user);
    const current = await api.factories.signIn(user);
    await api.client.ok(
      `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`,
      { input: { currentPassword: TEST_PASSWORD, newPassword: 'another long passphrase' } },
      { token: current },
    );
    expect(await api.client.codes(`{ me { id } }`, {}, { token: other })).toEqual([
      'UNAUTHENTICATED',
    ]);
    expect(await api.client.ok(`{ me { id } }`, {}, { token: current })).toEqual({
      me: { id: user.id },
    });
  });
});
