import { latencyOf, latencyOfSamples, rounds } from './latency';

describe('latency figures', () => {
  it('takes percentiles by nearest rank, whatever the order of the samples', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(latencyOf(samples, 2000, 1)).toEqual({
      requests: 100,
      errors: 1,
      perSecond: 50,
      p50: 50,
      p95: 95,
      p99: 99,
    });
  });

  it('reads one sample as every percentile, and none as zeros', () => {
    expect(latencyOf([7.25], 1000, 0)).toMatchObject({ p50: 7.3, p95: 7.3, p99: 7.3 });
    expect(latencyOf([], 1000, 3)).toMatchObject({ requests: 0, p95: 0, errors: 3 });
  });

  it('takes rounds as one series: every answer, their times added up', () => {
    const first = { durationsMs: [1, 2, 3], elapsedMs: 500, errors: 0 };
    const second = { durationsMs: [10, 20], elapsedMs: 500, errors: 1 };
    expect(latencyOfSamples([first, second])).toEqual(latencyOf([1, 2, 3, 10, 20], 1000, 1));
  });

  it('splits requests into even rounds, none empty', () => {
    expect(rounds(1000)).toEqual([200, 200, 200, 200, 200]);
    expect(rounds(7)).toEqual([1, 1, 2, 1, 2]);
    expect(rounds(3)).toEqual([1, 1, 1]);
    expect(rounds(7).reduce((a, b) => a + b)).toBe(7);
  });
});
