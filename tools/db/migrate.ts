import { loadConfig } from '@inclusion/config';
import { runMigrations } from '@inclusion/database';

/** Applies pending migrations as the owner role. */
async function main(): Promise<void> {
  const config = loadConfig();
  const applied = await runMigrations(config.DATABASE_OWNER_URL);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'No pending migration.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
