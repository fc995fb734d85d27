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
    // The tenant filter applies to the entity queried, not to the rows it points at: joined in,
    // it dropped a city's own rows that refer to another's (a mentor's member of a learner's
    // pair), and added a join to every query. Row-level security guards the referenced rows.
    autoJoinRefsForFilters: false,
    debug: false,
    loggerFactory: (options) => new StatementCountingLogger(options),
    discovery: { warnWhenNoEntities: false },
    // Kept by triggers for the network's figures (see the network-reporting migration): no
    // entity reads or writes them.
    schemaGenerator: {
      skipTables: [
        'follow_up_tally',
        'follow_up_progress_bucket',
        'follow_up_city_tally',
        'follow_up_city_progress_bucket',
      ],
    },
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
