import type { PhaseDefinition } from '@inclusion/methodology';
import { addDays, planPhases, todayIn } from './phase-plan';

const phase = (key: string, order: number, weeks: number, offset?: number): PhaseDefinition => ({
  key,
  order,
  typicalDurationWeeks: weeks,
  ...(offset === undefined ? {} : { startOffsetWeeks: offset }),
  name: { fr: key, en: key },
  description: { fr: key, en: key },
  deliverables: [],
  activityKinds: ['other' as PhaseDefinition['activityKinds'][number]],
});

describe('planPhases', () => {
  it('chains phases after one another, each lasting its typical weeks', () => {
    expect(planPhases('2024-02-05', [phase('b', 2, 2), phase('a', 1, 4)])).toEqual([
      { key: 'a', plannedStart: '2024-02-05', plannedEnd: '2024-03-03' },
      { key: 'b', plannedStart: '2024-03-04', plannedEnd: '2024-03-17' },
    ]);
  });

  it('starts a phase at its offset, so phases may overlap', () => {
    const plan = planPhases('2024-02-05', [
      phase('labs', 1, 20, 35),
      phase('experiments', 2, 20, 43),
    ]);
    expect(plan[0].plannedStart).toBe('2024-10-07');
    expect(plan[1].plannedStart < plan[0].plannedEnd).toBe(true);
  });

  it('adds days across a daylight-saving change and a leap day', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-30', 2)).toBe('2024-04-01');
  });

  it("reads today's date where the city is", () => {
    const lateEvening = new Date('2024-03-31T22:30:00Z');
    expect(todayIn('Europe/Paris', lateEvening)).toBe('2024-04-01');
    expect(todayIn('America/New_York', lateEvening)).toBe('2024-03-31');
  });
});
