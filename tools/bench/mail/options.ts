/** How the mail benchmark runs; every flag has a default that checks the project's target. */
export type StopSignal = 'SIGKILL' | 'SIGTERM';

export interface BenchOptions {
  /** Outbox mails queued before the worker starts. */
  mails: number;
  /** One scenario per signal, each on a fresh outbox and queue. */
  signals: StopSignal[];
  /** Share of the mails delivered when the first worker is stopped (0 < x < 1). */
  stopAt: number;
  /** Mails per second the run must reach, overall and steady. */
  target: number;
  /** Longest wait for every outbox row to be settled after the restart. */
  timeoutMs: number;
  /** Where the markdown results go; null writes none. */
  resultsDir: string | null;
}

export const USAGE = `Usage: npm run bench:mail -- [options]
  --mails N          outbox mails to deliver (default 10000)
  --signal S         kill, term or both: how the worker is stopped halfway (default both)
  --stop-at X        share delivered when the worker is stopped (default 0.5)
  --target N         mails per second to reach, overall and steady (default 200)
  --timeout-s N      longest wait for every row to be settled (default 600)
  --no-results       print the table only, write no file under tools/bench/results/
The worker runs with this process's environment (OUTBOX_BATCH_SIZE, MAIL_CONCURRENCY...), except
DATABASE_URL, SMTP_URL, QUEUE_PREFIX and WORKER_HEALTH_PORT, which the benchmark sets.`;

const SIGNALS: Record<string, StopSignal[]> = {
  kill: ['SIGKILL'],
  term: ['SIGTERM'],
  both: ['SIGKILL', 'SIGTERM'],
};

function number(flag: string, value: string | undefined, min: number, max: number): number {
  const parsed = Number(value);
  if (value === undefined || !Number.isFinite(parsed) || parsed < min || parsed > max) {
    throw new Error(`${flag} takes a number from ${min} to ${max}\n\n${USAGE}`);
  }
  return parsed;
}

export function parseOptions(args: string[], resultsDir: string): BenchOptions {
  const options: BenchOptions = {
    mails: 10_000,
    signals: SIGNALS.both,
    stopAt: 0.5,
    target: 200,
    timeoutMs: 600_000,
    resultsDir,
  };
  for (let i = 0; i < args.length; i += 1) {
    const flag = args[i];
    const value = args[i + 1];
    switch (flag) {
      case '--mails':
        options.mails = Math.round(number(flag, value, 10, 1_000_000));
        i += 1;
        break;
      case '--signal':
        if (!value || !SIGNALS[value]) throw new Error(`--signal takes kill, term or both`);
        options.signals = SIGNALS[value];
        i += 1;
        break;
      case '--stop-at':
        options.stopAt = number(flag, value, 0.01, 0.99);
        i += 1;
        break;
      case '--target':
        options.target = number(flag, value, 0, 1_000_000);
        i += 1;
        break;
      case '--timeout-s':
        options.timeoutMs = number(flag, value, 1, 86_400) * 1000;
        i += 1;
        break;
      case '--no-results':
        options.resultsDir = null;
        break;
      default:
        throw new Error(`Unknown option ${flag}\n\n${USAGE}`);
    }
  }
  return options;
}
