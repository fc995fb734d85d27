import { isClosed, type CommitmentStatus } from './commitment-status';

/** Which open commitments to list by what they need. */
export enum AttentionFilter {
  Overdue = 'overdue',
  Stale = 'stale',
}

export interface AttentionInput {
  status: CommitmentStatus;
  dueDate: string;
  lastUpdateAt: Date;
}

export interface AttentionRules {
  /** Today in the city's time zone, YYYY-MM-DD. */
  today: string;
  now: Date;
  staleAfterDays: number;
  dueSoonDays: number;
}

const DAY_MS = 86_400_000;

const addDays = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** Past its due date and still open. The same rule as app_follow_up_commitments in SQL. */
export const isOverdue = (c: AttentionInput, rules: AttentionRules): boolean =>
  !isClosed(c.status) && c.dueDate < rules.today;

/** Still open and not updated for the city's stale delay. */
export const isStale = (c: AttentionInput, rules: AttentionRules): boolean =>
  !isClosed(c.status) &&
  c.lastUpdateAt.getTime() < rules.now.getTime() - rules.staleAfterDays * DAY_MS;

/** Still open and due within the city's reminder lead, today included. */
export const isDueSoon = (c: AttentionInput, rules: AttentionRules): boolean =>
  !isClosed(c.status) &&
  c.dueDate >= rules.today &&
  c.dueDate <= addDays(rules.today, rules.dueSoonDays);
