import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Pool, type QueryResultRow } from 'pg';
import { APP_CONFIG, type AppConfig } from '@inclusion/config';
import type { DbScope } from './db-scope';
import { redactedFailure } from './redacted-failure';
import { countStatements } from './statement-count';

export type Sql = <R extends QueryResultRow>(text: string, params?: unknown[]) => Promise<R[]>;

/**
 * Writes that must commit even when the operation asking for them fails (a failed sign-in still
 * counts; a replayed refresh token still revokes its session). They run on a small pool of their
 * own: on the operation's pool they would wait for a connection while holding one, and a burst of
 * such requests would starve the API.
 */
@Injectable()
export class IndependentTransactions implements OnApplicationShutdown {
  private readonly pool: Pool;
  private readonly logger = new Logger(IndependentTransactions.name);

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.pool = new Pool({ connectionString: config.DATABASE_URL, max: 3 });
    // An idle connection the server ends (a restart, a dropped database) must not crash the
    // process: the pool discards it and opens another when asked.
    this.pool.on('error', (error) =>
      this.logger.warn(`Idle connection lost: ${redactedFailure(error)}`),
    );
  }

  async run<T>(scope: DbScope, work: (sql: Sql) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    // begin, the scope and commit (or rollback), then one per statement of the work.
    countStatements(3);
    try {
      await client.query('begin');
      await client.query(
        `select set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true)`,
        [scope.tenantId ?? '', scope.userId ?? ''],
      );
      const result = await work(async (text, params) => {
        countStatements();
        return (await client.query(text, params)).rows;
      });
      await client.query('commit');
      return result;
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}
