import { MikroORM } from '@mikro-orm/postgresql';
import { TENANT_FILTER, TransactionRunner } from '@inclusion/database';
import { Membership } from '@inclusion/identity';
import { startApi, type ApiHarness } from './harness';

/** The application-level half of isolation, beside row-level security: on, and failing closed. */
describe('the tenant filter', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('is on every entity that belongs to exactly one tenant', () => {
    const unfiltered = api.app.get(MikroORM).getMetadata().getAll();
    const missing = Object.values(unfiltered)
      .filter((meta) => meta.properties.tenantId && !meta.properties.tenantId.nullable)
      .filter((meta) => !meta.filters[TENANT_FILTER])
      .map((meta) => meta.className);
    expect(missing).toEqual([]);
  });

  it('refuses a tenant-owned query with no tenant bound, and keeps to the bound one', async () => {
    const runner = api.app.get(TransactionRunner);
    await expect(runner.run({}, (em) => em.find(Membership, {}))).rejects.toThrow(
      /No arguments provided for filter/,
    );
    const tenant = await api.factories.newTenant();
    await api.factories.newUser({ tenant });
    await api.factories.newUser({ tenant: await api.factories.newTenant() });
    const rows = await runner.run({ tenantId: tenant.id }, (em) => em.find(Membership, {}));
    expect(rows.map((row) => row.tenantId)).toEqual([tenant.id]);
  });
});
