import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { TEST_ADMIN_URL, testDatabaseUrls } from './test-env';

const root = path.resolve(__dirname, '../../..');

/**
 * A fresh database per run, set up and migrated exactly as a deployment is: by the built
 * `db:setup` and `db:migrate` commands. They run in their own processes because Jest runs a
 * lone test file inside this one, and an ORM loaded here would clash with the test's own copy.
 */
export default async function globalSetup(): Promise<void> {
  const database = `inclusion_test_${process.pid}_${Date.now().toString(36)}`;
  const { ownerUrl, runtimeUrl } = testDatabaseUrls(database);
  const env = {
    ...process.env,
    DATABASE_ADMIN_URL: TEST_ADMIN_URL,
    DATABASE_OWNER_URL: ownerUrl,
    DATABASE_URL: runtimeUrl,
  };
  const run = (script: string) =>
    execFileSync(process.execPath, [path.join(root, script)], { cwd: root, env, stdio: 'pipe' });
  run('tools/build/build.cjs');
  run('dist/tools/db/setup.js');
  run('dist/tools/db/migrate.js');
  Object.assign(process.env, {
    TEST_DATABASE_NAME: database,
    DATABASE_URL: runtimeUrl,
    DATABASE_OWNER_URL: ownerUrl,
    QUEUE_PREFIX: `test_${database}`,
    NODE_ENV: 'test',
  });
}
