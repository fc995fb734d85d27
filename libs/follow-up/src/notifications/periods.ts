import { NotificationFrequency } from './notification-kind';

/** A mail's period: its key (one mail per person, kind and key), what it covers, when it lapses. */
export interface Period {
  key: string;
  /** The previous week or month, YYYY-MM-DD: what a digest sums up. */
  covers: { start: string; end: string };
  /** The end of the current period: after it, the next mail says the same, better. */
  validUntil: Date;
}

const DAY_MS = 86_400_000;
const day = (date: Date) => date.toISOString().slice(0, 10);
const pad = (value: number) => String(value).padStart(2, '0');

/** ISO 8601 week: weeks start on Monday, and week 1 holds the year's first Thursday. */
function isoWeek(date: Date): { year: number; week: number } {
  const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * DAY_MS);
  const firstDay = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return {
    year: thursday.getUTCFullYear(),
    week: Math.floor((thursday.getTime() - firstDay) / DAY_MS / 7) + 1,
  };
}

/** In UTC, so every worker names the same period whatever its clock's zone. */
export function periodOf(
  frequency: NotificationFrequency.Weekly | NotificationFrequency.Monthly,
  now: Date,
): Period {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  if (frequency === NotificationFrequency.Weekly) {
    const monday = today - ((now.getUTCDay() + 6) % 7) * DAY_MS;
    const { year, week } = isoWeek(new Date(today));
    return {
      key: `${year}-W${pad(week)}`,
      covers: { start: day(new Date(monday - 7 * DAY_MS)), end: day(new Date(monday - DAY_MS)) },
      validUntil: new Date(monday + 7 * DAY_MS),
    };
  }
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  const first = Date.UTC(year, month, 1);
  return {
    key: `${year}-${pad(month + 1)}`,
    covers: {
      start: day(new Date(Date.UTC(year, month - 1, 1))),
      end: day(new Date(first - DAY_MS)),
    },
    validUntil: new Date(Date.UTC(year, month + 1, 1)),
  };
}
