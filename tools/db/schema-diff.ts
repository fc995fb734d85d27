import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '@inclusion/config';
import { AppModule } from '../../apps/api/src/app.module';

/**
 * Prints the SQL that would bring the database (read as the owner, who alone sees every check
 * constraint) in line with the entities: the starting point of a new migration, to which the
 * row-level security and the grants of any new tenant table are added by hand.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error'] });
  const runtime = app.get(MikroORM);
  const owner = await MikroORM.init({
    ...runtime.config.getAll(),
    clientUrl: config.DATABASE_OWNER_URL,
  });
  try {
    const sql = await owner.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    console.log(sql.trim() || '-- the database matches the entities');
  } finally {
    await owner.close(true);
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
