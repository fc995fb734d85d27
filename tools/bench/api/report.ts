import type { Machine } from '../machine';
import type { Latency } from './latency';
import type { Operation } from './operations';

export interface OperationResult {
  operation: Operation;
  statements: number[];
  api: Latency;
  floor: Latency;
}

export interface DatasetResult {
  tenants: number;
  database: string;
  results: OperationResult[];
}

const ratio = (api: Latency, floor: Latency) =>
  floor.p95 > 0 ? Math.round((api.p95 / floor.p95) * 10) / 10 : Infinity;
const distinct = (values: number[]) => [...new Set(values)].join('/');

export function datasetTable(dataset: DatasetResult): string {
  const lines = [
    `### ${dataset.tenants} tenants (${dataset.database})`,
    '',
    '| operation | SQL statements | requests | req/s | p50 ms | p95 ms | p99 ms | errors | SQL floor p95 ms | p95 / floor |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const { operation, statements, api, floor } of dataset.results) {
    lines.push(
      `| ${operation.name} | ${distinct(statements)} | ${api.requests} | ${api.perSecond} | ${api.p50} | ${api.p95} | ${api.p99} | ${api.errors + floor.errors} | ${floor.p95} | ${ratio(api, floor)} |`,
    );
  }
  return lines.join('\n');
}

export interface Verdict {
  target: string;
  measured: string;
  met: boolean;
}

/** The targets, from the smallest and the largest dataset of the run. */
export function verdicts(datasets: DatasetResult[]): Verdict[] {
  const sorted = [...datasets].sort((a, b) => a.tenants - b.tenants);
  const [small, large] = [sorted[0], sorted[sorted.length - 1]];
  const out: Verdict[] = [];
  for (const result of large.results) {
    const { operation, api, floor } = result;
    const all = sorted.flatMap(
      (dataset) => dataset.results.find((r) => r.operation === operation)?.statements ?? [],
    );
    out.push({
      target: `${operation.name}: SQL statements constant across cities and datasets`,
      measured: distinct(all),
      met: new Set(all).size === 1,
    });
    if (api.errors || floor.errors) {
      out.push({
        target: `${operation.name}: no errors`,
        measured: `${api.errors} (API), ${floor.errors} (floor)`,
        met: false,
      });
    }
    const before = small.results.find((r) => r.operation === operation)!.api;
    if (operation.tenantScoped && small !== large) {
      out.push({
        target: `${operation.name}: p95 at ${large.tenants} tenants ≤ 1.2 × p95 at ${small.tenants}`,
        measured: `${api.p95} ms vs ${before.p95} ms (${Math.round((api.p95 / before.p95) * 100) / 100}x)`,
        met: api.p95 <= before.p95 * 1.2,
      });
    }
    if (operation.keyRead) {
      out.push({
        target: `${operation.name}: p95 < 50 ms and ≤ 3 × its SQL floor`,
        measured: `${api.p95} ms, ${ratio(api, floor)}x`,
        met: api.p95 < 50 && ratio(api, floor) <= 3,
      });
    }
    if (operation.name === "network's dashboard") {
      out.push({
        target: `network's dashboard over ${large.tenants} tenants: p95 < 150 ms`,
        measured: `${api.p95} ms`,
        met: api.p95 < 150,
      });
    }
  }
  return out;
}

export function report(
  datasets: DatasetResult[],
  machine: Machine,
  load: { requests: number; connections: number; cities: number },
): string {
  const checks = verdicts(datasets);
  return [
    `## API benchmark, ${new Date().toISOString().slice(0, 10)}`,
    '',
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.os}.`,
    `Load: ${load.requests} requests per operation (fewer where the table says so), ${load.connections} at once, spread over ${load.cities} cities; the API in production mode in its own process; floors through \`pg\` with the same concurrency, the caller proven by the same statement (app_open_operation) and under the same row-level security.`,
    '',
    ...datasets.flatMap((dataset) => [datasetTable(dataset), '']),
    '### Targets',
    '',
    '| target | measured | met |',
    '| --- | --- | :---: |',
    ...checks.map(
      (check) => `| ${check.target} | ${check.measured} | ${check.met ? 'yes' : '**no**'} |`,
    ),
    '',
  ].join('\n');
}
