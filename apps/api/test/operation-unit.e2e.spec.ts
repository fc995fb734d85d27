import { MikroORM } from '@mikro-orm/postgresql';
import { OperationUnit } from '@inclusion/database';
import { startApi, type ApiHarness } from './harness';

/** A GraphQL query's transaction is read-only: its commit has nothing to lose, nothing to wait for. */
describe('an operation unit', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  const readOnlySetting = async (unit: OperationUnit) =>
    (
      await unit.em.execute<{ setting: string }[]>(
        `select current_setting('transaction_read_only') as setting`,
      )
    )[0].setting;

  it('begun read-only, lets PostgreSQL refuse any change', async () => {
    const tenant = await api.factories.newTenant();
    const unit = new OperationUnit(api.app.get(MikroORM));
    await unit.begin({ tenantId: tenant.id }, { readOnly: true });
    expect(unit.isReadOnly).toBe(true);
    expect(await readOnlySetting(unit)).toBe('on');
    await expect(
      unit.em.execute(`update tenant set name = name where id = ?`, [tenant.id]),
    ).rejects.toMatchObject({ code: '25006' });
    await unit.rollback();
  });

  it('begun for a mutation, writes', async () => {
    const tenant = await api.factories.newTenant();
    const unit = new OperationUnit(api.app.get(MikroORM));
    await unit.begin({ tenantId: tenant.id });
    expect(unit.isReadOnly).toBe(false);
    expect(await readOnlySetting(unit)).toBe('off');
    await unit.em.execute(`update tenant set name = name where id = ?`, [tenant.id]);
    await unit.rollback();
  });
});
