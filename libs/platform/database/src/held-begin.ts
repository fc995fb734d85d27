import type { Client, QueryConfig, QueryResult } from 'pg';

type Callback = (error: Error | null, result?: unknown) => void;
type Send = (config: QueryConfig, callback: Callback) => void;

const BEGIN = /^\s*BEGIN\b[^;]*;?\s*$/i;
const END = /^\s*(COMMIT|ROLLBACK)\s*;?\s*$/i;

/** What PostgreSQL answers to a statement that returns no rows, as `pg` gives it. */
const noRows = (command: string): Partial<QueryResult> => ({
  command,
  rowCount: null,
  rows: [],
  fields: [],
});

/**
 * A connection whose transaction's BEGIN is held back and sent with the statement that follows, as
 * one simple query: a round trip less for every operation, whose first statement (proving who
 * asks) waited for BEGIN's answer. Where no statement follows, BEGIN and its COMMIT or ROLLBACK are
 * not sent at all: nothing ran, nothing is to end.
 *
 * PostgreSQL runs a simple query's statements in order and stops at the first that fails, so the
 * statement runs in the transaction BEGIN opened, or not at all. Statements with parameters travel
 * in the extended protocol, which takes one statement a message: BEGIN goes just before them, as
 * without this. (The ORM sends its statements with their values inlined, so none do.)
 *
 * `release()` gives the connection back its own `query`, before it returns to the pool.
 */
export function holdBegin(connection: Client): { release(): void } {
  const send = connection.query.bind(connection) as unknown as Send;
  let held: string | null = null;

  const answer = (callback: Callback, result: Partial<QueryResult>) =>
    process.nextTick(callback, null, result);

  function query(this: Client, ...args: unknown[]): unknown {
    const [config, callback] = args as [QueryConfig | string, Callback | undefined];
    const simple =
      typeof config === 'object' &&
      typeof config.text === 'string' &&
      !config.values?.length &&
      typeof callback === 'function';
    if (simple && held === null && BEGIN.test(config.text)) {
      held = config.text.trim().replace(/;?$/, ';');
      answer(callback, noRows('BEGIN'));
      return undefined;
    }
    if (held === null) return Reflect.apply(send, connection, args);

    const begin = held;
    held = null;
    if (simple && END.test(config.text)) {
      answer(callback, noRows(config.text.trim().replace(/;$/, '').toUpperCase()));
      return undefined;
    }
    if (simple) {
      send({ ...config, text: `${begin}\n${config.text}` }, (error, result) => {
        if (error) return callback(error);
        // One result per statement: BEGIN's first, then the statement's own, as it expects them.
        const [, ...own] = result as unknown[];
        callback(null, own.length === 1 ? own[0] : own);
      });
      return undefined;
    }
    let failed: Error | null = null;
    send({ text: begin }, (error) => (failed = error));
    if (typeof callback !== 'function') return Reflect.apply(send, connection, args);
    send(config as QueryConfig, (error, result) => callback(failed ?? error, result));
    return undefined;
  }

  connection.query = query as Client['query'];
  return {
    release: () => {
      held = null;
      Reflect.deleteProperty(connection, 'query');
    },
  };
}
