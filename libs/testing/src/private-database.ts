import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { dropDatabase, runMigrations } from '@inclusion/database';
import { TEST_ADMIN_URL } from './test-env';

export interface PrivateDatabase {
  name: string;
  /** The runtime role's URL: row-level security applies. */
  url: string;
  ownerUrl: string;
  drop(): Promise<void>;
}

const withDatabase = (url: string, name: string): string => {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
};

/**
 * A migrated database of the suite's own, beside the run's shared one. For suites that run the
 * outbox relay: it claims every pending row it can see, so in the shared database it would
 * deliver other suites' mail (and they ours). Uses the roles the global setup created.
 */
export async function createPrivateDatabase(label: string): Promise<PrivateDatabase> {
  const { DATABASE_URL, DATABASE_OWNER_URL } = process.env;
  if (!DATABASE_URL || !DATABASE_OWNER_URL) {
    throw new Error('Run under the Jest global setup: DATABASE_URL is not set');
  }
  const name = `inclusion_test_${label}_${randomBytes(6).toString('hex')}`.slice(0, 63);
  const owner = decodeURIComponent(new URL(DATABASE_OWNER_URL).username);
  const admin = new Client({ connectionString: TEST_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`create database "${name}" owner "${owner.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
  const ownerUrl = withDatabase(DATABASE_OWNER_URL, name);
  await runMigrations(ownerUrl);
  return {
    name,
    url: withDatabase(DATABASE_URL, name),
    ownerUrl,
    drop: () => dropDatabase(TEST_ADMIN_URL, name),
  };
}
