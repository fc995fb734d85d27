import 'reflect-metadata';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { loadConfig, type AppConfig } from '@inclusion/config';
import { createBenchDatabase, type BenchDatabase } from './bench-database';
import { computeFigures, type Figures } from './figures';
import { describeMachine } from '../machine';
import { parseOptions, USAGE } from './options';
import { OutboxProbe } from './outbox-probe';
import { renderReport } from './report';
import { appendResults, formatMarkdown } from './results-file';
import { runScenario } from './scenario';
import { startOutboxWriter } from './seed-outbox';
import { SmtpRecorder } from './smtp-recorder';
import { failures } from './verdict';

/** The checkout: the first folder above this build (dist/ or another) with a package.json. */
function findWorkspaceRoot(from: string): string {
  for (let dir = from; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
  }
  return process.cwd();
}

const workspaceRoot = findWorkspaceRoot(__dirname);

/** The worker settings that shape delivery, as the worker will read them from this environment. */
const MAIL_SETTINGS = [
  'OUTBOX_POLL_MS',
  'OUTBOX_BATCH_SIZE',
  'MAIL_CONCURRENCY',
  'DATABASE_POOL_MAX',
] as const;

function settingsOf(config: AppConfig): Record<string, string | number> {
  const settings: Record<string, string | number> = {};
  for (const key of MAIL_SETTINGS) {
    const value = (config as unknown as Record<string, unknown>)[key];
    if (typeof value === 'number' || typeof value === 'string') settings[key] = value;
  }
  return settings;
}

const line = (f: Figures): string =>
  `${f.signal}: ${f.distinct}/${f.mails} delivered in ${f.totalS?.toFixed(1) ?? '—'} s, ` +
  `${f.steadyRate.toFixed(0)}/s steady, ${f.overallRate.toFixed(0)}/s overall, ` +
  `${f.duplicates} duplicate(s), ${f.lost} lost`;

/**
 * `npm run bench:mail`: 10,000 outbox mails delivered by the real worker to a local SMTP peer,
 * the worker stopped halfway (SIGKILL, then in a second run SIGTERM) and restarted. Prints and
 * saves the figures; exits non-zero when a mail is lost, a graceful stop sent one twice, or the
 * pace, overall or steady, is below the target.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    console.log(USAGE);
    return;
  }
  const options = parseOptions(args, path.join(workspaceRoot, 'tools/bench/results'));
  const config = loadConfig();
  const machine = describeMachine();

  let database: BenchDatabase | null = null;
  let recorder: SmtpRecorder | null = null;
  let probe: OutboxProbe | null = null;
  let writer: INestApplicationContext | null = null;
  const cleanUp = async () => {
    await writer?.close();
    await probe?.close();
    await recorder?.close();
    await database?.drop();
  };
  process.once('SIGINT', () => {
    console.error('\nInterrupted: dropping the benchmark database.');
    void cleanUp().finally(() => process.exit(130));
  });

  const figures: Figures[] = [];
  try {
    database = await createBenchDatabase();
    console.log(`Database ${database.name} created and migrated.`);
    recorder = await SmtpRecorder.start();
    probe = await OutboxProbe.connect(database.adminUrl);
    writer = await startOutboxWriter(loadConfig({ ...process.env, DATABASE_URL: database.url }));
    for (const signal of options.signals) {
      console.log(`${signal}: queuing ${options.mails} mails, then running the worker...`);
      const run = await runScenario({
        mails: options.mails,
        signal,
        stopAt: options.stopAt,
        timeoutMs: options.timeoutMs,
        databaseUrl: database.url,
        redisUrl: config.REDIS_URL,
        writer,
        probe,
        recorder,
      });
      const result = computeFigures(run);
      figures.push(result);
      console.log(`${line(result)} (queued in ${(run.seedMs / 1000).toFixed(1)} s)`);
    }
  } finally {
    await cleanUp();
  }

  const failed = failures(figures, options.target);
  const date = new Date();
  const report = renderReport({
    date,
    machine,
    settings: settingsOf(config),
    stopAt: options.stopAt,
    target: options.target,
    figures,
    failures: failed,
  });
  console.log(`\n${await formatMarkdown(report, path.join(workspaceRoot, 'report.md'))}`);
  if (options.resultsDir) {
    const file = await appendResults(options.resultsDir, report, date);
    console.log(`Added to ${path.relative(workspaceRoot, file)}`);
  }
  process.exitCode = failed.length ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
