import type { Figures } from './figures';

/**
 * What the target asks: none lost whatever the stop; none sent twice when the stop is graceful
 * (a kill between SMTP's acceptance and the commit may resend: delivery is at least once); the
 * pace at or above the target, both overall and steady. Returns the failures, empty when all hold.
 */
export function failures(figures: Figures[], target: number): string[] {
  const found: string[] = [];
  for (const f of figures) {
    if (f.totalS === null) found.push(`${f.signal}: the outbox was not settled in time`);
    if (f.lost > 0) found.push(`${f.signal}: ${f.lost} mail(s) lost`);
    if (f.unknown > 0) found.push(`${f.signal}: ${f.unknown} message(s) name no mail of the run`);
    if (f.signal === 'SIGTERM' && f.duplicates > 0) {
      found.push(`${f.signal}: ${f.duplicates} duplicate(s) after a graceful stop`);
    }
    // Overall, the boots, the stop and the restart count against the worker; steady, its pace.
    for (const [label, rate] of [
      ['overall', f.overallRate],
      ['steady', f.steadyRate],
    ] as const) {
      if (rate < target) {
        found.push(
          `${f.signal}: ${rate.toFixed(0)} mails/s ${label}, below the ${target}/s target`,
        );
      }
    }
  }
  return found;
}
