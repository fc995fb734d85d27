import autocannon from 'autocannon';
import type { Pool } from 'pg';
import type { Sample } from './latency';
import type { FloorScope, Operation, RunContext } from './operations';

export interface LoadOptions {
  requests: number;
  connections: number;
  /** The index of the first request: a series in rounds goes on where the last round ended. */
  from?: number;
}

/**
 * A bounded number of requests of one operation against the API, from this process, over HTTP
 * with keep-alive; each request takes the next city of the run. A response with GraphQL errors
 * counts as an error, never as a fast answer.
 */
export async function loadApi(
  url: string,
  operation: Operation,
  run: RunContext,
  options: LoadOptions,
): Promise<Sample> {
  let next = options.from ?? 0;
  let errors = 0;
  const durations: number[] = [];
  const started = performance.now();
  // autocannon ends on its one-second tick: the rate runs to the last answer, not to the tick.
  let lastAnswer = started;
  await new Promise<void>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}/graphql`,
        connections: options.connections,
        // A slow answer is measured, not dropped: autocannon's default gives up after 10 s.
        timeout: 120,
        amount: options.requests,
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => {
              const call = operation.call(run, next++);
              return {
                ...request,
                headers: {
                  'content-type': 'application/json',
                  ...(call.token ? { authorization: `Bearer ${call.token}` } : {}),
                  ...(call.tenant ? { 'x-tenant': call.tenant } : {}),
                },
                body: JSON.stringify({ query: call.query, variables: call.variables }),
              };
            },
            onResponse: (status, body) => {
              if (status !== 200 || body.includes('"errors"')) errors += 1;
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        errors += result.timeouts + result.errors;
        resolve();
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime: number) => {
      durations.push(responseTime);
      lastAnswer = performance.now();
    });
  });
  return { durationsMs: durations, elapsedMs: lastAnswer - started, errors };
}

/** The operation's floor: its hand-written SQL, as many times, as many at once. */
export async function loadFloor(
  pool: Pool,
  operation: Operation,
  run: RunContext,
  options: LoadOptions,
): Promise<Sample> {
  let next = options.from ?? 0;
  let errors = 0;
  const durations: number[] = [];
  const started = performance.now();
  const lane = async () => {
    while (next < (options.from ?? 0) + options.requests) {
      const i = next++;
      const client = await pool.connect();
      const begun = performance.now();
      try {
        await client.query('begin');
        await applyScope(client, operation.floor.scope(run, i));
        await operation.floor.run(client, run, i);
        await client.query('commit');
        durations.push(performance.now() - begun);
      } catch (error) {
        errors += 1;
        await client.query('rollback').catch(() => undefined);
        if (errors === 1) console.error(`  floor of ${operation.name}: ${String(error)}`);
      } finally {
        client.release();
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, lane));
  return { durationsMs: durations, elapsedMs: performance.now() - started, errors };
}

/**
 * The caller proven and the scope set as the API does it, statement for statement: none for an
 * anonymous caller, app_open_operation for a signed-in one, and the network operator's widening.
 */
async function applyScope(client: { query: Pool['query'] }, scope: FloorScope): Promise<void> {
  if (!scope.token) return;
  const claims = claimsOf(scope.token);
  const { rows } = await client.query<{ opened: unknown }>(
    `select app_open_operation($1, $2, $3) as opened`,
    [claims.sid, claims.sub, scope.tenantSlug ?? null],
  );
  if (!rows[0]?.opened) throw new Error("The floor's session was refused");
  if (scope.networkOperator) {
    await client.query(
      `select set_config('app.tenant_id', '', true), set_config('app.user_id', $1, true),
              set_config('app.network_operator', 'on', true), set_config('app.system', '', true)`,
      [claims.sub],
    );
  }
}

/** The session and person a token names; the API checks its signature, the floor trusts it. */
function claimsOf(token: string): { sub: string; sid: string } {
  const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
  return { sub: String(payload.sub), sid: String(payload.sid) };
}
