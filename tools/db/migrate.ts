import { loadConfig } from '@inclusion/config';
import { prepareDatabase } from '../../apps/api/src/prepare-database';

/** Applies pending migrations as the owner role, then the methodologies shipped with them. */
async function main(): Promise<void> {
  const config = loadConfig();
  const applied = await prepareDatabase(config.DATABASE_OWNER_URL);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'No pending migration.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
