import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Pool } from 'pg';
import { loadConfig } from '@inclusion/config';
import { describeMachine } from '../machine';
import { ApiProcess } from './api-process';
import { latencyOfSamples, rounds, type Sample } from './latency';
import { loadApi, loadFloor, type LoadOptions } from './load';
import { readManifest, type DatasetManifest } from './manifest';
import { OPERATIONS, type Operation, type RunContext } from './operations';
import { report, verdicts, type DatasetResult, type OperationResult } from './report';
import { openRun, statementsOf } from './sessions';

const USAGE = `npm run bench:api -- --dataset <manifest.json> [--dataset <manifest.json> ...]
  [--requests 1000] [--connections 4] [--cities 20] [--only <operation> ...]
  [--cpu-prof <dir>] [--out tools/bench/results/api-<date>.md]`;

const withDatabase = (url: string, name: string) => {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
};

/** A dataset under test: its signed-in run, its statement counts, its API and its floor's pool. */
interface DatasetBench {
  manifest: DatasetManifest;
  run: RunContext;
  statements: Map<string, number[]>;
  api: ApiProcess;
  pool: Pool;
  results: OperationResult[];
}

async function openDataset(
  manifest: DatasetManifest,
  load: LoadOptions & { cities: number },
  operations: readonly Operation[],
  cpuProfileDir?: string,
): Promise<DatasetBench> {
  const config = loadConfig();
  const urls = {
    databaseUrl: withDatabase(config.DATABASE_URL, manifest.database),
    ownerUrl: withDatabase(config.DATABASE_OWNER_URL, manifest.database),
    authSecret: randomBytes(32).toString('hex'),
  };

  // First the statements, on an API that counts them; then the timings, on one that does not.
  const counting = await ApiProcess.start({ ...urls, countStatements: true });
  let run: RunContext;
  const statements = new Map<string, number[]>();
  try {
    run = await openRun(counting.url, manifest, load.cities);
    for (const operation of operations) {
      const counts: number[] = [];
      for (let i = 0; i < 3; i += 1)
        counts.push(await statementsOf(counting.url, operation.call(run, i)));
      statements.set(operation.name, counts);
    }
  } finally {
    await counting.stop();
  }
  const api = await ApiProcess.start({ ...urls, countStatements: false, cpuProfileDir });
  const pool = new Pool({ connectionString: urls.databaseUrl, max: load.connections });
  return { manifest, run, statements, api, pool, results: [] };
}

/**
 * Each operation on every dataset. The API and its floor take turns, a round each, and so do the
 * datasets, so that all meet the same machine: run one after the other, a shared machine's load
 * moved an operation's ratio to its floor by up to 1.5x, and its p95 between datasets by 1.2x.
 */
async function measure(
  benches: readonly DatasetBench[],
  load: LoadOptions,
  operations: readonly Operation[],
): Promise<void> {
  for (const operation of operations) {
    const requests = Math.min(load.requests, operation.maxRequests ?? load.requests);
    const warmUp = { ...load, requests: Math.min(50, requests) };
    // A short warm-up first: the JIT, the pool, PostgreSQL's caches.
    for (const bench of benches) {
      await loadApi(bench.api.url, operation, bench.run, warmUp);
      await loadFloor(bench.pool, operation, bench.run, warmUp);
    }
    const samples = benches.map(() => ({ api: [] as Sample[], floor: [] as Sample[] }));
    let from = 0;
    for (const share of rounds(requests)) {
      const series = { ...load, requests: share, from };
      for (const [k, bench] of benches.entries()) {
        samples[k].api.push(await loadApi(bench.api.url, operation, bench.run, series));
        samples[k].floor.push(await loadFloor(bench.pool, operation, bench.run, series));
      }
      from += share;
    }
    for (const [k, bench] of benches.entries()) {
      const measured = latencyOfSamples(samples[k].api);
      const floor = latencyOfSamples(samples[k].floor);
      bench.results.push({
        operation,
        statements: bench.statements.get(operation.name)!,
        api: measured,
        floor,
      });
      console.log(
        `  ${bench.manifest.tenants} tenants, ${operation.name}: p95 ${measured.p95} ms (floor ${floor.p95} ms), ${measured.perSecond} req/s`,
      );
    }
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dataset: { type: 'string', multiple: true },
      requests: { type: 'string', default: '1000' },
      connections: { type: 'string', default: '4' },
      cities: { type: 'string', default: '20' },
      only: { type: 'string', multiple: true },
      'cpu-prof': { type: 'string' },
      out: { type: 'string' },
    },
  });
  if (!values.dataset?.length) throw new Error(USAGE);
  const operations = values.only?.length
    ? OPERATIONS.filter((operation) => values.only!.includes(operation.name))
    : OPERATIONS;
  if (!operations.length) {
    throw new Error(`--only names none of: ${OPERATIONS.map((o) => o.name).join(', ')}`);
  }
  const load = {
    requests: Number(values.requests),
    connections: Number(values.connections),
    cities: Number(values.cities),
  };
  const benches: DatasetBench[] = [];
  try {
    for (const file of values.dataset) {
      const manifest = readManifest(file);
      console.log(`${manifest.tenants} tenants (${manifest.database})`);
      benches.push(await openDataset(manifest, load, operations, values['cpu-prof']));
    }
    await measure(benches, load, operations);
  } finally {
    for (const bench of benches) {
      await bench.pool.end();
      await bench.api.stop();
    }
  }
  const datasets: DatasetResult[] = benches.map((bench) => ({
    tenants: bench.manifest.tenants,
    database: bench.manifest.database,
    results: bench.results,
  }));
  const markdown = report(datasets, describeMachine(), load);
  const out =
    values.out ??
    path.join('tools/bench/results', `api-${new Date().toISOString().slice(0, 10)}.md`);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, markdown);
  console.log(`\n${markdown}\nWritten to ${out}`);
  if (verdicts(datasets).some((verdict) => !verdict.met)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
