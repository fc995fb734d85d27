import { computeFigures } from './figures';
import type { ScenarioRun } from './scenario';
import { failures } from './verdict';

const ids = Array.from(
  { length: 100 },
  (_, i) => `0190f3c2-0000-7000-8000-${String(i).padStart(12, '0')}`,
);

/** 100 mails, one every 10 ms, the worker stopped after the 50th and delivering again 1 s later. */
function run(overrides: Partial<ScenarioRun> = {}): ScenarioRun {
  const receipts = ids.map((id, i) => ({
    at: i < 50 ? i * 10 : 1490 + (i - 50) * 10,
    messageId: `<${id}@inclusive-cities.local>`,
    to: `person-${i}@bench.example.org`,
  }));
  return {
    signal: 'SIGKILL',
    mails: 100,
    seedMs: 0,
    startedAt: -500,
    firstReadyAt: -10,
    stoppedAt: 495,
    firstExit: { code: null, signal: 'SIGKILL', ms: 20 },
    restartedAt: 600,
    secondReadyAt: 1400,
    settledAt: 2000,
    secondExit: { code: null, signal: 'SIGTERM', ms: 50 },
    receipts,
    outboxIdByRecipient: new Map(ids.map((id, i) => [`person-${i}@bench.example.org`, id])),
    statuses: { sent: 100 },
    sentIds: new Set(ids),
    errors: [],
    ...overrides,
  };
}

describe('the mail benchmark figures', () => {
  it('counts distinct mails by Message-ID, and takes the restart out of the steady pace', () => {
    const figures = computeFigures(run());
    expect(figures).toMatchObject({
      identifiedBy: 'Message-ID',
      received: 100,
      distinct: 100,
      duplicates: 0,
      lost: 0,
      unknown: 0,
      totalS: 2.5,
      overallRate: 40,
    });
    // From the 6th mail to the 95th, 89 intervals over 1,880 ms less the 1,000 ms pause.
    expect(figures.steadyRate).toBeCloseTo(89 / 0.88, 5);
    expect(figures.restartGapS).toBeCloseTo(0.995, 3);
  });

  it('counts a resend of the same outbox mail as a duplicate, not as a new mail', () => {
    const base = run();
    const resent = { ...base.receipts[49], at: 1485 };
    const figures = computeFigures(run({ receipts: [...base.receipts, resent] }));
    expect(figures).toMatchObject({ received: 101, distinct: 100, duplicates: 1 });
    expect(failures([figures], 30)).toEqual([]);
    expect(failures([{ ...figures, signal: 'SIGTERM' }], 30)).toEqual([
      'SIGTERM: 1 duplicate(s) after a graceful stop',
    ]);
  });

  it('counts as lost a mail never received, and one received but not marked sent', () => {
    const base = run();
    const figures = computeFigures(
      run({ receipts: base.receipts.slice(1), sentIds: new Set(ids.slice(0, 99)) }),
    );
    expect(figures).toMatchObject({ lost: 2, notReceived: 1, notSent: 1 });
    expect(failures([figures], 30)).toContain('SIGKILL: 2 mail(s) lost');
  });

  it('tells mails apart by recipient when they carry no Message-ID of the outbox', () => {
    const base = run();
    const figures = computeFigures(
      run({ receipts: base.receipts.map((receipt) => ({ ...receipt, messageId: '<random@x>' })) }),
    );
    expect(figures).toMatchObject({ identifiedBy: 'recipient', distinct: 100, lost: 0 });
  });

  it('fails a run below the target, overall or steady', () => {
    const figures = computeFigures(run());
    expect(failures([figures], 50)).toEqual(['SIGKILL: 40 mails/s overall, below the 50/s target']);
    expect(failures([figures], 200)).toHaveLength(2);
  });
});
