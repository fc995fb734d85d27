import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver, type Options } from '@mikro-orm/postgresql';
import { MIGRATIONS } from './migrations';
import { StatementCountingLogger } from './statement-count';

export interface OrmConnection {
  url: string;
  poolMax?: number;
}

export function ormOptions({ url, poolMax = 10 }: OrmConnection): Options {
  return {
    driver: PostgreSqlDriver,
    clientUrl: url,
    pool: { min: 0, max: poolMax },
    // Every read and write goes through a forked, scoped EntityManager; the global one must fail.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    debug: false,
    loggerFactory: (options) => new StatementCountingLogger(options),
    discovery: { warnWhenNoEntities: false },
    extensions: [Migrator],
    migrations: {
      migrationsList: MIGRATIONS,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      // Callers report what was applied; the migrator's own lines would clutter every start.
      silent: true,
    },
  };
}
