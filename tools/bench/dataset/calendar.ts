const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Dates relative to the dataset's "today", so that the same seed and day give the same rows, and
 * the data always looks current: offsets in days (negative: in the past), times in UTC.
 */
export class Calendar {
  private readonly base: number;

  constructor(readonly today: string) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(`${today}T00:00:00Z`))) {
      throw new Error(`Not a date (YYYY-MM-DD): ${today}`);
    }
    this.base = Date.parse(`${today}T00:00:00Z`);
  }

  /** The calendar date `offset` days from today. */
  date(offset: number): string {
    return new Date(this.base + offset * DAY_MS).toISOString().slice(0, 10);
  }

  /** An instant of the day `offset` days from today. */
  at(offset: number, hour = 9, minute = 0): Date {
    return new Date(this.base + offset * DAY_MS + (hour * 60 + minute) * 60_000);
  }

  /** How many days from today a calendar date is. */
  offsetOf(date: string): number {
    return Math.round((Date.parse(`${date}T00:00:00Z`) - this.base) / DAY_MS);
  }

  /** An instant moved by whole days. */
  static plusDays(instant: Date, days: number): Date {
    return new Date(instant.getTime() + days * DAY_MS);
  }

  static dateOf(instant: Date): string {
    return instant.toISOString().slice(0, 10);
  }
}
