import { MikroORM } from '@mikro-orm/postgresql';
import {
  countingStatements,
  knexRead,
  knexRows,
  rawRead,
  readRows,
  readTogether,
  statementsSoFar,
  TENANT_FILTER,
  TransactionRunner,
} from '@inclusion/database';
import { Tenant } from '@inclusion/tenancy';
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

  it('holds for plain rows too', async () => {
    const runner = api.app.get(TransactionRunner);
    const read = (em: Parameters<Parameters<TransactionRunner['run']>[1]>[0]) =>
      readRows(em, Membership, {}, { orderBy: { id: 'asc' } });
    await expect(runner.run({}, read)).rejects.toThrow(/No arguments provided for filter/);
    const tenant = await api.factories.newTenant();
    const user = await api.factories.newUser({ tenant });
    await api.factories.newUser({ tenant: await api.factories.newTenant() });
    const rows = await runner.run({ tenantId: tenant.id }, read);
    expect(rows).toEqual([expect.objectContaining({ tenantId: tenant.id, user: user.id })]);
    expect(rows[0]).not.toBeInstanceOf(Membership);
    const narrow = await runner.run({ tenantId: tenant.id }, (em) =>
      readRows(em, Membership, {}, { fields: ['id', 'status'] }),
    );
    expect(narrow).toEqual([{ id: rows[0].id, status: rows[0].status }]);
  });

  it('holds for rows queried with knex, which read like plain rows', async () => {
    const runner = api.app.get(TransactionRunner);
    const read = (em: Parameters<Parameters<TransactionRunner['run']>[1]>[0]) =>
      knexRows(em, Membership, (query) => query.orderBy('id'));
    await expect(runner.run({}, read)).rejects.toThrow(/No arguments provided for filter/);
    const tenant = await api.factories.newTenant();
    await api.factories.newUser({ tenant });
    await api.factories.newUser({ tenant });
    await api.factories.newUser({ tenant: await api.factories.newTenant() });
    const rows = await runner.run({ tenantId: tenant.id }, read);
    const plain = await runner.run({ tenantId: tenant.id }, (em) =>
      readRows(em, Membership, {}, { orderBy: { id: 'asc' } }),
    );
    expect(rows).toHaveLength(2);
    expect(rows).toEqual(plain);
    expect(rows[0].createdAt).toBeInstanceOf(Date);
    const narrow = await runner.run({ tenantId: tenant.id }, (em) =>
      knexRows(em, Membership, (query) => query.orderBy('id'), { fields: ['id', 'status'] }),
    );
    expect(narrow).toEqual(plain.map(({ id, status }) => ({ id, status })));
  });

  it('sends reads together in one round trip, each with its own rows, counted as they are', async () => {
    const tenant = await api.factories.newTenant();
    await api.factories.newUser({ tenant });
    await api.factories.newUser({ tenant });
    const runner = api.app.get(TransactionRunner);
    const { together, apart, statements } = await countingStatements(() =>
      runner.run({ tenantId: tenant.id }, async (em) => {
        const before = statementsSoFar()!;
        const reads = [
          knexRead(em, Membership, (query) => query.orderBy('id')),
          knexRead(em, Tenant, (query) => query.where('slug', tenant.slug)),
          knexRead(em, Membership, (query) => query.where('status', 'nobody has this status')),
          rawRead<{ slug: string; members: number }>(
            em,
            `select t.slug, (select count(*)::int from membership m where m.tenant_id = t.id)
                    as members
               from tenant t where t.id = ?`,
            [tenant.id],
          ),
        ] as const;
        const together = await readTogether(em, reads);
        const statements = statementsSoFar()! - before;
        const apart = [
          await knexRows(em, Membership, (query) => query.orderBy('id')),
          await knexRows(em, Tenant, (query) => query.where('slug', tenant.slug)),
        ];
        return { together, apart, statements };
      }),
    );
    expect(statements).toBe(4);
    expect(together[0]).toHaveLength(2);
    expect(together[0]).toEqual(apart[0]);
    expect(together[1]).toEqual(apart[1]);
    expect(together[1][0].id).toBe(tenant.id);
    expect(together[2]).toEqual([]);
    expect(together[3]).toEqual([{ slug: tenant.slug, members: 2 }]);
  });
});
