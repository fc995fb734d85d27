import { runMigrations, setUpDatabase } from '@inclusion/database';
import { TEST_ADMIN_URL, testDatabaseUrls } from './test-env';

/** A fresh database per run, set up and migrated exactly as a deployment would be. */
export default async function globalSetup(): Promise<void> {
  const database = `inclusion_test_${process.pid}_${Date.now().toString(36)}`;
  const { ownerUrl, runtimeUrl } = testDatabaseUrls(database);
  await setUpDatabase({ adminUrl: TEST_ADMIN_URL, ownerUrl, runtimeUrl });
  await runMigrations(ownerUrl);
  process.env.TEST_DATABASE_NAME = database;
  process.env.DATABASE_URL = runtimeUrl;
  process.env.DATABASE_OWNER_URL = ownerUrl;
  process.env.QUEUE_PREFIX = `test_${database}`;
  process.env.NODE_ENV = 'test';
}
