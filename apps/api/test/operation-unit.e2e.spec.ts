import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { OperationUnit } from '@inclusion/database';
import { Tenant } from '@inclusion/tenancy';
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

  it('sends its BEGIN with its first statement, and nothing when it ran none', async () => {
    const tenant = await api.factories.newTenant();
    const roundTrips = jest.spyOn(Client.prototype, 'query');
    try {
      const unit = new OperationUnit(api.app.get(MikroORM));
      await unit.begin({ tenantId: tenant.id }, { readOnly: true });
      expect(roundTrips).toHaveBeenCalledTimes(1);
      expect(roundTrips.mock.calls[0][0]).toMatchObject({
        text: expect.stringMatching(/^BEGIN TRANSACTION READ ONLY;\nselect set_config/),
      });
      await unit.commit({ flush: false });
      expect(roundTrips).toHaveBeenCalledTimes(2);

      roundTrips.mockClear();
      const idle = new OperationUnit(api.app.get(MikroORM));
      await idle.begin({});
      await idle.commit({ flush: true });
      expect(roundTrips).not.toHaveBeenCalled();
    } finally {
      roundTrips.mockRestore();
    }
  });

  it('gives its connection back however it ends: more units than the pool holds', async () => {
    const orm: MikroORM = api.app.get(MikroORM);
    for (let i = 0; i < 25; i++) {
      const unit = new OperationUnit(orm);
      await unit.begin({}, { readOnly: i % 2 === 0 });
      await unit.em.execute('select 1');
      if (i % 3 === 0) await unit.rollback();
      else await unit.commit({ flush: false });
    }
  });

  it('left open by a failed flush, rolls back and writes nothing', async () => {
    const tenant = await api.factories.newTenant();
    const orm: MikroORM = api.app.get(MikroORM);
    const unit = new OperationUnit(orm);
    const em = await unit.begin({ tenantId: tenant.id });
    const loaded = await em.findOneOrFail(Tenant, tenant.id);
    loaded.name = null as unknown as string;
    await expect(unit.commit({ flush: true })).rejects.toThrow();
    expect(unit.isOpen).toBe(true);
    await unit.rollback();

    const check = new OperationUnit(orm);
    await check.begin({ tenantId: tenant.id }, { readOnly: true });
    const [row] = await check.em.execute<{ name: string }[]>(
      'select name from tenant where id = ?',
      [tenant.id],
    );
    expect(row.name).toBe(tenant.name);
    await check.commit({ flush: false });
  });
});
