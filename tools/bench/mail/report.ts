import type { Figures } from './figures';
import type { Machine } from '../machine';

export interface ReportInput {
  date: Date;
  machine: Machine;
  /** The worker's mail settings as it ran: name → value. */
  settings: Record<string, string | number>;
  stopAt: number;
  target: number;
  figures: Figures[];
  failures: string[];
}

const count = (n: number): string => n.toLocaleString('en-US');
const fixed = (n: number | null, digits = 1): string => (n === null ? '—' : n.toFixed(digits));

const ROWS: [string, (f: Figures) => string][] = [
  ['Total time, first start to all settled (s)', (f) => fixed(f.totalS)],
  ['Mails/s overall (both boots, stop, restart)', (f) => fixed(f.overallRate, 0)],
  ['Mails/s steady (5–95 %, restart gap excluded)', (f) => fixed(f.steadyRate, 0)],
  ['Worker boot, first and restarted (s)', (f) => f.bootS.map((s) => fixed(s)).join(', ')],
  ['Stop signal to first mail of the restarted worker (s)', (f) => fixed(f.restartGapS)],
  ['95 % delivered to last mail (s)', (f) => fixed(f.tailS)],
  ['First worker ended', (f) => f.firstStop],
  ['Messages received', (f) => count(f.received)],
  ['Distinct mails delivered', (f) => `${count(f.distinct)} / ${count(f.mails)}`],
  [
    'Duplicates (extra copies of one outbox mail)',
    (f) => `${count(f.duplicates)} (${count(f.duplicatedMails)} mails)`,
  ],
  ['Lost (not sent or never received)', (f) => count(f.lost)],
  [
    'Outbox rows by status',
    (f) =>
      Object.entries(f.statuses)
        .map(([s, n]) => `${s} ${count(n)}`)
        .join(', '),
  ],
  ['Mails told apart by', (f) => f.identifiedBy],
];

/** The results as markdown: what ran, on what, and one column per stop signal. */
export function renderReport(input: ReportInput): string {
  const { machine, figures } = input;
  const lines = [
    `## Mail delivery, ${input.date.toISOString().replace('T', ' ').slice(0, 16)} UTC`,
    '',
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.os}; load average ${machine.loadAverage} at the start (PostgreSQL, Redis, the SMTP peer and the worker share the machine).`,
    `${count(figures[0]?.mails ?? 0)} outbox mails (4 in 5 commitment reminders, 1 in 5 invitations, four cities, fr/en); ` +
      `the worker stopped once ${Math.round(input.stopAt * 100)} % had arrived, then restarted. ` +
      `Worker settings: ${Object.entries(input.settings)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ')}.`,
    '',
    `| | ${figures.map((f) => f.signal).join(' | ')} |`,
    `| --- | ${figures.map(() => '---:').join(' | ')} |`,
    ...ROWS.map(([label, value]) => `| ${label} | ${figures.map(value).join(' | ')} |`),
    '',
    input.failures.length
      ? `**Below the target** (${input.target} mails/s overall and steady, none lost, no duplicate on SIGTERM): ${input.failures.join('; ')}.`
      : `**Target met**: ${input.target} mails/s or more overall and steady, none lost, no duplicate on SIGTERM.`,
  ];
  for (const f of figures) {
    if (f.errors.length) lines.push('', `${f.signal}, rows not sent: ${f.errors.join(' | ')}`);
  }
  return `${lines.join('\n')}\n`;
}
