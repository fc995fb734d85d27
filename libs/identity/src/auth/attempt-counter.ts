import { createHmac } from 'node:crypto';
import type { Sql } from '@inclusion/database';

export interface AttemptCount {
  attempts: number;
  retryAfterSeconds: number;
}

/**
 * Adds one attempt to a key's fixed window, atomically, so parallel attempts cannot all slip under
 * a limit; a window older than `windowSeconds` starts afresh.
 */
export async function countAttempt(
  sql: Sql,
  key: string,
  windowSeconds: number,
): Promise<AttemptCount> {
  const [row] = await sql<{ failures: number; retry_after: number }>(
    `insert into sign_in_throttle (key, window_started_at, failures) values ($1, now(), 1)
     on conflict (key) do update set
       failures = case when sign_in_throttle.window_started_at < now() - make_interval(secs => $2)
                       then 1 else sign_in_throttle.failures + 1 end,
       window_started_at = case when sign_in_throttle.window_started_at < now() - make_interval(secs => $2)
                                then now() else sign_in_throttle.window_started_at end
     returning failures,
       ceil(extract(epoch from window_started_at + make_interval(secs => $2) - now()))::int as retry_after`,
    [key, windowSeconds],
  );
  return { attempts: row.failures, retryAfterSeconds: Math.max(row.retry_after, 1) };
}

/**
 * How a counter names a person (an address): keyed with the server's secret, so that whoever
 * reads the counters cannot test whether a given address signed in or applied.
 */
export const counterSubject = (secret: string, subject: string): string =>
  createHmac('sha256', secret).update(subject, 'utf8').digest('hex');
