import type { Latency } from './latency';
import { OPERATIONS } from './operations';
import { verdicts, type DatasetResult } from './report';

const latency = (p95: number): Latency => ({
  requests: 100,
  errors: 0,
  perSecond: 100,
  p50: p95 / 2,
  p95,
  p99: p95 * 1.5,
});

const dataset = (tenants: number, p95: number, statements: number): DatasetResult => ({
  tenants,
  database: `bench_${tenants}`,
  results: OPERATIONS.map((operation) => ({
    operation,
    statements: [statements, statements],
    api: latency(p95),
    floor: latency(p95 / 2),
  })),
});

describe('benchmark targets', () => {
  it('meets every target when nothing grows and reads are fast', () => {
    expect(verdicts([dataset(10, 20, 6), dataset(1000, 22, 6)]).filter((v) => !v.met)).toEqual([]);
  });

  it('flags statements that grow, tenant-scoped reads that slow down, and slow key reads', () => {
    const failed = verdicts([dataset(10, 20, 6), dataset(1000, 60, 7)])
      .filter((v) => !v.met)
      .map((v) => v.target);
    expect(failed).toEqual(
      expect.arrayContaining([
        'commitments, first 50: SQL statements constant across cities and datasets',
        'commitments, first 50: p95 at 1000 tenants ≤ 1.2 × p95 at 10',
        'commitments, first 50: p95 < 50 ms and ≤ 3 × its SQL floor',
      ]),
    );
    expect(failed).not.toContain("network's dashboard over 1000 tenants: p95 < 150 ms");
  });
});
