import { dropDatabase } from '@inclusion/database';
import { TEST_ADMIN_URL } from './test-env';

export default async function globalTeardown(): Promise<void> {
  const database = process.env.TEST_DATABASE_NAME;
  if (database && !process.env.KEEP_TEST_DATABASE) await dropDatabase(TEST_ADMIN_URL, database);
}
