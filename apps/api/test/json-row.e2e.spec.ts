import { readRows, rowFromJson, TransactionRunner } from '@inclusion/database';
import { Membership, User } from '@inclusion/identity';
import { Tenant } from '@inclusion/tenancy';
import { startApi, type ApiHarness } from './harness';

/** Who is asking comes back from app_open_operation as JSON; it must read like any plain row. */
describe('a plain row from JSON', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('is the row readRows gives, less what a row to show never carries', async () => {
    const tenant = await api.factories.newTenant();
    const user = await api.factories.newUser({ tenant });
    // Signing in sets lastSignInAt: a timestamp that JSON carries as text.
    await api.factories.signIn(user);
    const read = await api.app
      .get(TransactionRunner)
      .run({ tenantId: tenant.id, userId: user.id }, async (em) => {
        const json = async (table: string, id: string) =>
          (
            await em.execute<{ row: Record<string, unknown> }[]>(
              `select to_jsonb(t) as row from ${table} t where t.id = ?`,
              [id],
            )
          )[0].row;
        const membership = (await readRows(em, Membership, { user: user.id }))[0];
        return {
          user: rowFromJson(em, User, await json('app_user', user.id)),
          userRow: (await readRows(em, User, { id: user.id }))[0],
          tenant: rowFromJson(em, Tenant, await json('tenant', tenant.id)),
          tenantRow: (await readRows(em, Tenant, { id: tenant.id }))[0],
          membership: rowFromJson(em, Membership, await json('membership', membership.id)),
          membershipRow: membership,
        };
      });

    const { passwordHash, ...shown } = read.userRow;
    expect(passwordHash).toEqual(expect.any(String));
    expect(read.user).toEqual(shown);
    expect(read.user).not.toHaveProperty('passwordHash');
    expect(read.user.lastSignInAt).toBeInstanceOf(Date);
    expect(read.tenant).toEqual(read.tenantRow);
    expect(read.membership).toEqual(read.membershipRow);
    expect(read.membership.user).toBe(user.id);
  });
});
