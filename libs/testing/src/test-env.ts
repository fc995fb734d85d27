/** The services the tests use: the real PostgreSQL and Redis of this machine, overridable. */
export const TEST_ADMIN_URL =
  process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function testDatabaseUrls(database: string): { ownerUrl: string; runtimeUrl: string } {
  const host = new URL(TEST_ADMIN_URL).host;
  return {
    ownerUrl: `postgres://inclusion_owner:inclusion_owner@${host}/${database}`,
    runtimeUrl: `postgres://inclusion_app:inclusion_app@${host}/${database}`,
  };
}
