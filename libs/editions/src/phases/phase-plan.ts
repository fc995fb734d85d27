import type { PhaseDefinition } from '@inclusion/methodology';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Calendar dates (YYYY-MM-DD) are added in UTC: no time zone can shift them by a day. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

// Making a formatter costs far more than using one (it loads the zone's rules), and a list of
// commitments asks for the same few zones again and again.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Today's calendar date where the city is. */
export function todayIn(timeZone: string, now = new Date()): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone });
    dayFormats.set(timeZone, format);
  }
  return format.format(now);
}

export interface PlannedPhase {
  key: string;
  plannedStart: string;
  plannedEnd: string;
}

/**
 * Planned dates from the edition's start: a phase starts at its offset when the methodology gives
 * one (phases may overlap), else the day after the previous phase ends; it lasts its typical weeks.
 */
export function planPhases(startDate: string, phases: readonly PhaseDefinition[]): PlannedPhase[] {
  const ordered = [...phases].sort((a, b) => a.order - b.order);
  const planned: PlannedPhase[] = [];
  for (const phase of ordered) {
    const previous = planned.at(-1);
    const plannedStart =
      phase.startOffsetWeeks !== undefined
        ? addDays(startDate, phase.startOffsetWeeks * 7)
        : previous
          ? addDays(previous.plannedEnd, 1)
          : startDate;
    planned.push({
      key: phase.key,
      plannedStart,
      plannedEnd: addDays(plannedStart, phase.typicalDurationWeeks * 7 - 1),
    });
  }
  return planned;
}
