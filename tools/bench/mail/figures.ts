import type { ScenarioRun } from './scenario';

export interface Figures {
  signal: string;
  mails: number;
  /** From the first worker's spawn to no row pending or enqueued (null: it never was). */
  totalS: number | null;
  /** Distinct mails delivered over `totalS`: boots, the stop and the restart included. */
  overallRate: number;
  /** Between the 5% and 95% marks, the restart gap taken out: the worker's sustained pace. */
  steadyRate: number;
  /** From each worker's spawn to its "started" line. */
  bootS: [number, number];
  /** From the stop signal to the first mail from the restarted worker. */
  restartGapS: number;
  /** From the 95% mark to the last mail: the jobs a killed worker held come back last. */
  tailS: number;
  firstStop: string;
  received: number;
  distinct: number;
  /** Copies beyond the first of one outbox mail: the resends. */
  duplicates: number;
  duplicatedMails: number;
  /** Queued mails not both marked sent and received. */
  lost: number;
  notSent: number;
  notReceived: number;
  /** Messages that name no mail of the run. */
  unknown: number;
  /** What told the mails apart: their Message-ID (the outbox id) or, failing it, the recipient. */
  identifiedBy: 'Message-ID' | 'recipient';
  statuses: Record<string, number>;
  errors: string[];
}

const seconds = (ms: number): number => ms / 1000;

// `<0190f3c2-...@domain>`: the Message-ID the worker derives from the outbox id.
const OUTBOX_MESSAGE_ID = /^<([0-9a-f-]{36})@[^>]+>$/i;

/** The outbox id of each message: from its Message-ID, or from its recipient when it has none. */
function attribute(run: ScenarioRun): { ids: (string | null)[]; by: Figures['identifiedBy'] } {
  const known = new Set(run.outboxIdByRecipient.values());
  const fromHeader = run.receipts.map((receipt) => {
    const id = receipt.messageId ? OUTBOX_MESSAGE_ID.exec(receipt.messageId)?.[1] : undefined;
    return id && known.has(id.toLowerCase()) ? id.toLowerCase() : null;
  });
  if (run.receipts.length && fromHeader.every((id) => id !== null)) {
    return { ids: fromHeader, by: 'Message-ID' };
  }
  return {
    ids: run.receipts.map((receipt) => run.outboxIdByRecipient.get(receipt.to) ?? null),
    by: 'recipient',
  };
}

/** Deliveries per second between the 5% and 95% marks, less the time no worker was delivering. */
function steadyRate(times: number[], restartedAt: number): number {
  if (times.length < 20) return 0;
  const from = Math.floor(times.length * 0.05);
  const to = Math.ceil(times.length * 0.95) - 1;
  const start = times[from];
  const end = times[to];
  const lastBefore = times.filter((at) => at < restartedAt).pop() ?? start;
  const firstAfter = times.find((at) => at >= restartedAt) ?? end;
  const gap = Math.max(0, Math.min(end, firstAfter) - Math.max(start, lastBefore));
  const span = end - start - gap;
  return span > 0 ? (to - from) / seconds(span) : 0;
}

export function computeFigures(run: ScenarioRun): Figures {
  const { ids, by } = attribute(run);
  const copies = new Map<string, number>();
  let unknown = 0;
  for (const id of ids) {
    if (id === null) unknown += 1;
    else copies.set(id, (copies.get(id) ?? 0) + 1);
  }
  const duplicatedMails = [...copies.values()].filter((count) => count > 1).length;
  const seeded = [...run.outboxIdByRecipient.values()];
  const notReceived = seeded.filter((id) => !copies.has(id)).length;
  const lost = seeded.filter((id) => !copies.has(id) || !run.sentIds.has(id)).length;

  const times = run.receipts.map((receipt) => receipt.at).sort((a, b) => a - b);
  const afterRestart = times.find((at) => at >= run.restartedAt);
  const mark95 = times[Math.max(0, Math.ceil(times.length * 0.95) - 1)] ?? 0;
  const totalMs = run.settledAt === null ? null : run.settledAt - run.startedAt;
  return {
    signal: run.signal,
    mails: run.mails,
    totalS: totalMs === null ? null : seconds(totalMs),
    overallRate: totalMs ? copies.size / seconds(totalMs) : 0,
    steadyRate: steadyRate(times, run.restartedAt),
    bootS: [
      seconds(run.firstReadyAt - run.startedAt),
      seconds(run.secondReadyAt - run.restartedAt),
    ],
    restartGapS: afterRestart === undefined ? 0 : seconds(afterRestart - run.stoppedAt),
    tailS: times.length ? seconds(times[times.length - 1] - mark95) : 0,
    firstStop: `${run.firstExit.signal ?? `exit ${run.firstExit.code}`} after ${Math.round(run.firstExit.ms)} ms`,
    received: run.receipts.length,
    distinct: copies.size,
    duplicates: run.receipts.length - unknown - copies.size,
    duplicatedMails,
    lost,
    notSent: run.mails - run.sentIds.size,
    notReceived,
    unknown,
    identifiedBy: by,
    statuses: run.statuses,
    errors: run.errors,
  };
}
