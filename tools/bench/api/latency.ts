/** Latency figures of one series of requests. */
export interface Latency {
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

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
