/** Latency figures of one series of requests. */
export interface Latency {
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

/** What one series of requests gave: each answer's time, the series' length, its errors. */
export interface Sample {
  durationsMs: number[];
  elapsedMs: number;
  errors: number;
}

/** The figures of several series taken as one, e.g. rounds taken in turn with others. */
export const latencyOfSamples = (samples: readonly Sample[]): Latency =>
  latencyOf(
    samples.flatMap((sample) => sample.durationsMs),
    samples.reduce((sum, sample) => sum + sample.elapsedMs, 0),
    samples.reduce((sum, sample) => sum + sample.errors, 0),
  );

/** Percentiles by nearest rank over every measured request, in milliseconds. */
export function latencyOf(durationsMs: number[], elapsedMs: number, errors: number): Latency {
  const sorted = [...durationsMs].sort((a, b) => a - b);
  const at = (share: number) =>
    sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] : 0;
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    requests: sorted.length,
    errors,
    perSecond: round((sorted.length / elapsedMs) * 1000),
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
  };
}

/** `requests` split into `count` rounds as even as can be, none empty. */
export function rounds(requests: number, count = 5): number[] {
  const taken = Math.min(count, requests);
  return Array.from(
    { length: taken },
    (_, i) => Math.floor(((i + 1) * requests) / taken) - Math.floor((i * requests) / taken),
  );
}
