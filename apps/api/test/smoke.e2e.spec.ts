import { startApi, type ApiHarness } from './harness';

describe('API smoke', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('answers /health', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('signs in a coordinator who then sees their tenant', async () => {
    const tenant = await api.factories.newTenant();
    const user = await api.factories.newUser({ tenant });
    const token = await api.factories.signIn(user);
    const data = await api.client.ok(
      `{ me { email isNetworkOperator memberships { roles tenant { slug } } } currentTenant { slug } }`,
      {},
      { token, tenant: tenant.slug },
    );
    expect(data).toEqual({
      me: {
        email: user.email,
        isNetworkOperator: false,
        memberships: [{ roles: ['COORDINATOR'], tenant: { slug: tenant.slug } }],
      },
      currentTenant: { slug: tenant.slug },
    });
  });
});
