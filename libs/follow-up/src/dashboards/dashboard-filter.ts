import { invalidPeriod } from '../follow-up.errors';
import { MAX_POINTS, SeriesInterval, type SeriesArgs } from './dashboard.types';

const DEFAULT_POINTS = 12;
const DAY_MS = 86_400_000;

export interface SeriesRequest {
  filter: Record<string, string | number>;
  interval: SeriesInterval;
  points: number;
}

/**
 * The JSON filter the SQL functions read, without the keys left out. A period must not hold more
 * points than MAX_POINTS, so the series stays a bounded read.
 */
export function seriesRequest(
  args: SeriesArgs,
  extra: Record<string, string | number | null | undefined>,
): SeriesRequest {
  const interval = args.interval ?? SeriesInterval.Month;
  if (args.from) {
    const to = args.to ?? new Date().toISOString().slice(0, 10);
    const days = (Date.parse(to) - Date.parse(args.from)) / DAY_MS;
    const span = interval === SeriesInterval.Week ? days / 7 : days / 30.44;
    if (days < 0 || span > MAX_POINTS) throw invalidPeriod(MAX_POINTS);
  }
  const filter: Record<string, string | number> = {};
  for (const [key, value] of Object.entries({
    ...extra,
    theme: args.theme,
    from: args.from,
    to: args.to,
  })) {
    if (value !== null && value !== undefined) filter[key] = value;
  }
  return { filter, interval, points: args.points ?? DEFAULT_POINTS };
}
