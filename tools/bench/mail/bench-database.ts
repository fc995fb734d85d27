import { randomBytes } from 'node:crypto';
import { loadConfig } from '@inclusion/config';
import { dropDatabase, runMigrations, setUpDatabase } from '@inclusion/database';

export interface BenchDatabase {
  name: string;
  /** The runtime role, as the worker connects: row-level security applies. */
  url: string;
  ownerUrl: string;
  /** A superuser's connection to this database, for the benchmark's own counting. */
  adminUrl: string;
  drop(): Promise<void>;
}

const withDatabase = (url: string, name: string): string => {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
};

/**
 * A database of the benchmark's own, set up and migrated as a deployment's is (the owner and
 * runtime roles of DATABASE_OWNER_URL and DATABASE_URL, created if missing), so that the relay it
 * runs claims no one else's outbox rows.
 */
export async function createBenchDatabase(): Promise<BenchDatabase> {
  const config = loadConfig();
  const adminUrl = process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `inclusion_bench_mail_${randomBytes(6).toString('hex')}`;
  const ownerUrl = withDatabase(config.DATABASE_OWNER_URL, name);
  const url = withDatabase(config.DATABASE_URL, name);
  await setUpDatabase({ adminUrl, ownerUrl, runtimeUrl: url });
  const database: BenchDatabase = {
    name,
    url,
    ownerUrl,
    adminUrl: withDatabase(adminUrl, name),
    drop: () => dropDatabase(adminUrl, name),
  };
  try {
    await runMigrations(ownerUrl);
  } catch (error) {
    await database.drop();
    throw error;
  }
  return database;
}
