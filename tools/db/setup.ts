import { loadConfig } from '@inclusion/config';
import { setUpDatabase } from '@inclusion/database';

/** Creates the owner and runtime roles and the database; needs an administrator's connection. */
async function main(): Promise<void> {
  const config = loadConfig();
  const adminUrl = process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  await setUpDatabase({
    adminUrl,
    ownerUrl: config.DATABASE_OWNER_URL,
    runtimeUrl: config.DATABASE_URL,
  });
  console.log('Database roles and database are ready.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
