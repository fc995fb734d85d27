import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import type { StopSignal } from './options';
import { unsettled, type OutboxProbe, type StatusCounts } from './outbox-probe';
import { obliterateMailQueue } from './queue-cleanup';
import { seedOutbox } from './seed-outbox';
import type { Receipt, SmtpRecorder } from './smtp-recorder';
import { WorkerProcess, type WorkerExit } from './worker-process';

export interface ScenarioSetup {
  mails: number;
  signal: StopSignal;
  stopAt: number;
  timeoutMs: number;
  databaseUrl: string;
  redisUrl: string;
  writer: INestApplicationContext;
  probe: OutboxProbe;
  recorder: SmtpRecorder;
}

/** What happened in one run, in performance.now() milliseconds. */
export interface ScenarioRun {
  signal: StopSignal;
  mails: number;
  seedMs: number;
  startedAt: number;
  firstReadyAt: number;
  stoppedAt: number;
  firstExit: WorkerExit;
  restartedAt: number;
  secondReadyAt: number;
  /** When the benchmark saw no row pending or enqueued; null if it timed out. */
  settledAt: number | null;
  secondExit: WorkerExit;
  receipts: Receipt[];
  /** Outbox id of the mail sent to each recipient. */
  outboxIdByRecipient: Map<string, string>;
  statuses: StatusCounts;
  sentIds: Set<string>;
  errors: string[];
}

const POLL_MS = 100;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function workerEnv(setup: ScenarioSetup, smtpUrl: string, prefix: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: setup.databaseUrl,
    REDIS_URL: setup.redisUrl,
    SMTP_URL: smtpUrl,
    QUEUE_PREFIX: prefix,
  };
}

/** Resolves with the time the worker was signalled, once `threshold` mails have arrived. */
function stopWhenDelivered(
  recorder: SmtpRecorder,
  worker: WorkerProcess,
  threshold: number,
  signal: StopSignal,
  deadline: number,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const done = () => {
      unsubscribe();
      clearTimeout(timer);
    };
    const unsubscribe = recorder.onReceipt(() => {
      if (recorder.count < threshold) return;
      done();
      resolve(worker.signal(signal));
    });
    const timer = setTimeout(
      () => {
        done();
        reject(new Error(`${recorder.count} mails arrived, not ${threshold}, in time`));
      },
      Math.max(0, deadline - performance.now()),
    );
    void worker.whenExited().then(({ code, signal: by }) => {
      done();
      reject(new Error(`The worker ended (${by ?? code}) before ${threshold} mails arrived`));
    });
  });
}

async function waitUntilSettled(
  probe: OutboxProbe,
  worker: WorkerProcess,
  deadline: number,
): Promise<number | null> {
  while (performance.now() < deadline) {
    if (!worker.running) {
      throw new Error('The restarted worker ended before the outbox was settled');
    }
    if (unsettled(await probe.counts()) === 0) return performance.now();
    await sleep(POLL_MS);
  }
  return null;
}

/**
 * One run: `mails` queued in the outbox, a worker started on them, stopped with `signal` once
 * `stopAt` of them have arrived, a second worker started at once, and the wait until no row is
 * pending or enqueued. The second worker is then stopped gracefully.
 */
export async function runScenario(setup: ScenarioSetup): Promise<ScenarioRun> {
  const { probe, recorder } = setup;
  await probe.truncate();
  recorder.clear();
  const prefix = `bench_mail_${randomBytes(6).toString('hex')}`;
  const env = workerEnv(setup, recorder.url, prefix);

  const seedStart = performance.now();
  const outboxIdByRecipient = await seedOutbox(setup.writer, setup.mails);
  const seedMs = performance.now() - seedStart;

  const workers: WorkerProcess[] = [];
  try {
    const first = await WorkerProcess.start(env);
    workers.push(first);
    const deadline = first.spawnedAt + setup.timeoutMs;
    const threshold = Math.max(1, Math.round(setup.mails * setup.stopAt));
    const stoppedAt = await stopWhenDelivered(recorder, first, threshold, setup.signal, deadline);
    const firstExit = await first.ended(stoppedAt);

    const second = await WorkerProcess.start(env);
    workers.push(second);
    const settledAt = await waitUntilSettled(probe, second, deadline);
    const secondExit = await second.stop('SIGTERM');
    return {
      signal: setup.signal,
      mails: setup.mails,
      seedMs,
      startedAt: first.spawnedAt,
      firstReadyAt: first.readyAt,
      stoppedAt,
      firstExit,
      restartedAt: second.spawnedAt,
      secondReadyAt: second.readyAt,
      settledAt,
      secondExit,
      receipts: recorder.receipts.slice(),
      outboxIdByRecipient,
      statuses: await probe.counts(),
      sentIds: await probe.idsIn('sent'),
      errors: await probe.sampleErrors(),
    };
  } catch (error) {
    const output = workers.map((worker) => worker.output()).join('\n');
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${output}`);
  } finally {
    for (const worker of workers) if (worker.running) await worker.stop('SIGKILL');
    await obliterateMailQueue(setup.redisUrl, prefix);
  }
}
