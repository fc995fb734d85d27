import { Client } from 'pg';
import { newId } from './new-id';

/**
 * Raw SQL as the runtime role, with no ORM in between: the database alone keeps tenants apart.
 */
describe('row-level security under the runtime role', () => {
  const owner = new Client({ connectionString: process.env.DATABASE_OWNER_URL });
  const runtime = new Client({ connectionString: process.env.DATABASE_URL });
  const tenantA = newId();
  const tenantB = newId();
  const user = newId();

  beforeAll(async () => {
    await owner.connect();
    await runtime.connect();
    // The owner is subject to FORCE ROW LEVEL SECURITY too, so it seeds under each tenant's scope.
    await owner.query('begin');
    for (const [id, slug] of [
      [tenantA, `rls-a-${tenantA}`],
      [tenantB, `rls-b-${tenantB}`],
    ]) {
      await owner.query(
        `insert into tenant (id, created_at, updated_at, name, slug, country, kind, default_locale, time_zone)
         values ($1, now(), now(), $2, $2, 'FR', 'municipality', 'fr', 'Europe/Paris')`,
        [id, slug],
      );
    }
    await owner.query(
      `insert into app_user (id, created_at, updated_at, email, display_name, status)
       values ($1, now(), now(), $2, 'RLS', 'active')`,
      [user, `rls-${user}@example.org`],
    );
    for (const tenant of [tenantA, tenantB]) {
      await owner.query(`select set_config('app.tenant_id', $1, true)`, [tenant]);
      await owner.query(
        `insert into membership (id, created_at, updated_at, tenant_id, user_id, roles, status)
         values ($1, now(), now(), $2, $3, '{coordinator}', 'active')`,
        [newId(), tenant, user],
      );
    }
    await owner.query('commit');
  });

  afterAll(async () => {
    await owner.end();
    await runtime.end();
  });

  async function inTransaction<T>(tenantId: string | null, work: () => Promise<T>): Promise<T> {
    await runtime.query('begin');
    try {
      if (tenantId) await runtime.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
      return await work();
    } finally {
      await runtime.query('rollback');
    }
  }

  const countMemberships = async () =>
    (
      await runtime.query<{ tenant_id: string }>(
        'select tenant_id from membership where user_id = $1',
        [user],
      )
    ).rows.map((row) => row.tenant_id);

  it('shows no tenant rows when no tenant is set', async () => {
    expect(await inTransaction(null, countMemberships)).toEqual([]);
  });

  it("shows only tenant A's rows under tenant A", async () => {
    expect(await inTransaction(tenantA, countMemberships)).toEqual([tenantA]);
  });

  it('refuses to write a row of tenant B under tenant A', async () => {
    await expect(
      inTransaction(tenantA, () =>
        runtime.query(
          `insert into membership (id, created_at, updated_at, tenant_id, user_id, roles, status)
           values ($1, now(), now(), $2, $3, '{observer}', 'active')`,
          [newId(), tenantB, user],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it("cannot move tenant A's row into tenant B", async () => {
    const moved = await inTransaction(tenantA, async () => {
      await runtime.query('savepoint s');
      try {
        const result = await runtime.query(
          'update membership set tenant_id = $1 where user_id = $2',
          [tenantB, user],
        );
        return result.rowCount;
      } catch (error) {
        await runtime.query('rollback to savepoint s');
        return (error as Error).message;
      }
    });
    expect(String(moved)).toMatch(/row-level security/);
  });

  it('does not carry the tenant past the transaction that set it', async () => {
    await inTransaction(tenantA, countMemberships);
    expect(await countMemberships()).toEqual([]);
  });

  it('runs as a role that is no superuser, cannot bypass RLS and owns no table', async () => {
    const { rows } = await runtime.query(
      `select rolsuper, rolbypassrls,
              (select count(*)::int from pg_tables where tableowner = current_user) as owns
         from pg_roles where rolname = current_user`,
    );
    expect(rows[0]).toEqual({ rolsuper: false, rolbypassrls: false, owns: 0 });
  });

  it('forces row-level security on every table that has a tenant_id', async () => {
    const { rows } = await owner.query<{ table: string; forced: boolean; indexed: boolean }>(
      `select c.relname as table, c.relrowsecurity and c.relforcerowsecurity as forced,
              exists (select 1 from pg_index i join pg_attribute a
                        on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
                       where i.indrelid = c.oid and a.attname = 'tenant_id') as indexed
         from pg_class c join pg_attribute col on col.attrelid = c.oid and col.attname = 'tenant_id'
        where c.relkind = 'r' and c.relnamespace = 'public'::regnamespace`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(rows.filter((row) => !row.forced || !row.indexed)).toEqual([]);
  });
});
