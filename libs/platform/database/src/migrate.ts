import { MikroORM } from '@mikro-orm/postgresql';
import { ormOptions } from './orm-options';

/** Applies pending migrations as the owner role; returns the names applied. */
export async function runMigrations(ownerUrl: string): Promise<string[]> {
  const orm = await MikroORM.init({ ...ormOptions({ url: ownerUrl, poolMax: 1 }), entities: [] });
  try {
    const applied = await orm.getMigrator().up();
    return applied.map((migration) => migration.name);
  } finally {
    await orm.close(true);
  }
}
