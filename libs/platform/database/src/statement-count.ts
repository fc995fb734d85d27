import { AsyncLocalStorage } from 'node:async_hooks';
import { DefaultLogger, type LogContext } from '@mikro-orm/core';

const tally = new AsyncLocalStorage<{ statements: number }>();

/**
 * Runs `work` counting the SQL statements it sends to PostgreSQL, on the ORM's connections and on
 * the independent ones alike: the measure of N+1 queries, which must not grow with a page's size
 * or the number of cities.
 */
export function countingStatements<T>(work: () => T): T {
  return tally.run({ statements: 0 }, work);
}

/** The statements sent so far by the work `countingStatements` runs; null outside of one. */
export function statementsSoFar(): number | null {
  return tally.getStore()?.statements ?? null;
}

/** Records statements sent outside the ORM, e.g. on a pool of raw `pg` clients. */
export function countStatements(count = 1): void {
  const store = tally.getStore();
  if (store) store.statements += count;
}

/** The ORM calls its logger for every statement, whether query logging is on or not. */
export class StatementCountingLogger extends DefaultLogger {
  override logQuery(context: { query: string } & LogContext): void {
    countStatements();
    super.logQuery(context);
  }
}
