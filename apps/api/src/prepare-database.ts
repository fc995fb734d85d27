import { Client } from 'pg';
import { runMigrations } from '@inclusion/database';
import { syncBuiltinTemplates } from '@inclusion/methodology';

/**
 * A release's database step, as the owner: the pending migrations, then the reference data that
 * ships with the code (the methodology templates). Every way of starting the product runs this.
 */
export async function prepareDatabase(ownerUrl: string): Promise<string[]> {
  const applied = await runMigrations(ownerUrl);
  const owner = new Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    await syncBuiltinTemplates((text, params) => owner.query(text, params));
  } finally {
    await owner.end();
  }
  return applied;
}
