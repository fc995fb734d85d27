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
import { OPERATIONS, type Operation } from './operations';
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

async function measure(
  manifest: DatasetManifest,
  load: LoadOptions & { cities: number },
  operations: readonly Operation[],
  cpuProfileDir?: string,
): Promise<DatasetResult> {
  const config = loadConfig();
  const urls = {
    databaseUrl: withDatabase(config.DATABASE_URL, manifest.database),
    ownerUrl: withDatabase(config.DATABASE_OWNER_URL, manifest.database),
    authSecret: randomBytes(32).toString('hex'),
  };

  // First the statements, on an API that counts them; then the timings, on one that does not.
  const counting = await ApiProcess.start({ ...urls, countStatements: true });
  const run = await openRun(counting.url, manifest, load.cities).catch(async (error: unknown) => {
    await counting.stop();
    throw error;
  });
  const statements = new Map<string, number[]>();
  try {
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
  const results: OperationResult[] = [];
  try {
    for (const operation of operations) {
      const requests = Math.min(load.requests, operation.maxRequests ?? load.requests);
      const warmUp = { ...load, requests: Math.min(50, requests) };
      // A short warm-up first: the JIT, the pool, PostgreSQL's caches.
      await loadApi(api.url, operation, run, warmUp);
      await loadFloor(pool, operation, run, warmUp);
      // The API and its floor take turns, a round each, so that both meet the same machine: run
      // one after the other, a shared machine's load moved their ratio by up to 1.5x.
      const apiRounds: Sample[] = [];
      const floorRounds: Sample[] = [];
      let from = 0;
      for (const share of rounds(requests)) {
        const series = { ...load, requests: share, from };
        apiRounds.push(await loadApi(api.url, operation, run, series));
        floorRounds.push(await loadFloor(pool, operation, run, series));
        from += share;
      }
      const measured = latencyOfSamples(apiRounds);
      const floor = latencyOfSamples(floorRounds);
      results.push({
        operation,
        statements: statements.get(operation.name)!,
        api: measured,
        floor,
      });
      console.log(
        `  ${operation.name}: p95 ${measured.p95} ms (floor ${floor.p95} ms), ${measured.perSecond} req/s`,
      );
    }
  } finally {
    await pool.end();
    await api.stop();
  }
  return { tenants: manifest.tenants, database: manifest.database, results };
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
  const datasets: DatasetResult[] = [];
  for (const file of values.dataset) {
    const manifest = readManifest(file);
    console.log(`${manifest.tenants} tenants (${manifest.database})`);
    datasets.push(await measure(manifest, load, operations, values['cpu-prof']));
  }
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
