import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
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
  const build = path.join(root, 'tmp', `test-build-${process.pid}`);
  const run = (script: string, ...args: string[]) =>
    execFileSync(process.execPath, [script, ...args], { cwd: root, env, stdio: 'pipe' });
  try {
    run(path.join(root, 'tools/build/build.cjs'), '--out', build);
    run(path.join(build, 'tools/db/setup.js'));
    run(path.join(build, 'tools/db/migrate.js'));
  } finally {
    rmSync(build, { recursive: true, force: true });
  }
  Object.assign(process.env, {
    TEST_DATABASE_NAME: database,
    DATABASE_URL: runtimeUrl,
    DATABASE_OWNER_URL: ownerUrl,
    QUEUE_PREFIX: `test_${database}`,
    NODE_ENV: 'test',
  });
}
