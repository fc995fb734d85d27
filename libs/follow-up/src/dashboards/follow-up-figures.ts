/** A row of app_follow_up_figures (and of the network's): one city's counts. */
export interface FiguresRow {
  tenant_id: string;
  recommendations: number;
  submitted: number;
  answered: number;
  accepted: number;
  partly_accepted: number;
  declined: number;
  under_study: number;
  commitments: number;
  not_started: number;
  in_progress: number;
  done: number;
  delayed: number;
  abandoned: number;
  progress_sum: number;
  overdue: number;
  stale: number;
  last_update_at: Date | string | null;
}

export interface FollowUpFigures {
  recommendations: number;
  submitted: number;
  answered: number;
  accepted: number;
  partlyAccepted: number;
  declined: number;
  underStudy: number;
  commitments: {
    total: number;
    notStarted: number;
    inProgress: number;
    done: number;
    delayed: number;
    abandoned: number;
  };
  /** Of the top-level commitments, 0 to 100 with one decimal; null without any. */
  averageProgress: number | null;
  /** Done among those not abandoned, 0 to 1; null without any. */
  shareDone: number | null;
  overdue: number;
  stale: number;
  lastUpdateAt: Date | null;
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/**
 * Every city's counts added up, property by property: over the network's 1,000 rows a loop over
 * the property names (keyed access) took 2 ms a request.
 */
export function sumRows(rows: readonly FiguresRow[], tenantId = ''): FiguresRow {
  const total: FiguresRow = {
    tenant_id: tenantId,
    recommendations: 0,
    submitted: 0,
    answered: 0,
    accepted: 0,
    partly_accepted: 0,
    declined: 0,
    under_study: 0,
    commitments: 0,
    not_started: 0,
    in_progress: 0,
    done: 0,
    delayed: 0,
    abandoned: 0,
    progress_sum: 0,
    overdue: 0,
    stale: 0,
    last_update_at: null,
  };
  let latest = -Infinity;
  for (const row of rows) {
    total.recommendations += row.recommendations;
    total.submitted += row.submitted;
    total.answered += row.answered;
    total.accepted += row.accepted;
    total.partly_accepted += row.partly_accepted;
    total.declined += row.declined;
    total.under_study += row.under_study;
    total.commitments += row.commitments;
    total.not_started += row.not_started;
    total.in_progress += row.in_progress;
    total.done += row.done;
    total.delayed += row.delayed;
    total.abandoned += row.abandoned;
    total.progress_sum += row.progress_sum;
    total.overdue += row.overdue;
    total.stale += row.stale;
    const last = row.last_update_at === null ? -Infinity : timeOf(row.last_update_at);
    if (last > latest) latest = last;
  }
  if (latest > -Infinity) total.last_update_at = new Date(latest);
  return total;
}

const timeOf = (value: Date | string) =>
  typeof value === 'string' ? Date.parse(value) : value.getTime();

export function figuresOf(row: FiguresRow): FollowUpFigures {
  const live = row.commitments - row.abandoned;
  return {
    recommendations: row.recommendations,
    submitted: row.submitted,
    answered: row.answered,
    accepted: row.accepted,
    partlyAccepted: row.partly_accepted,
    declined: row.declined,
    underStudy: row.under_study,
    commitments: {
      total: row.commitments,
      notStarted: row.not_started,
      inProgress: row.in_progress,
      done: row.done,
      delayed: row.delayed,
      abandoned: row.abandoned,
    },
    averageProgress: row.commitments ? oneDecimal(row.progress_sum / row.commitments) : null,
    shareDone: live > 0 ? Math.round((row.done / live) * 1000) / 1000 : null,
    overdue: row.overdue,
    stale: row.stale,
    lastUpdateAt: row.last_update_at ? new Date(row.last_update_at) : null,
  };
}

/** A row of app_follow_up_series. */
export interface SeriesRow {
  bucket_end: string | Date;
  commitments: number;
  progress_sum: number;
}

export interface ProgressPoint {
  periodEnd: string;
  commitments: number;
  averageProgress: number | null;
}

const dayOf = (value: string | Date) =>
  typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

export const pointsOf = (rows: readonly SeriesRow[]): ProgressPoint[] =>
  rows.map((row) => ({
    periodEnd: dayOf(row.bucket_end),
    commitments: row.commitments,
    averageProgress: row.commitments ? oneDecimal(row.progress_sum / row.commitments) : null,
  }));
