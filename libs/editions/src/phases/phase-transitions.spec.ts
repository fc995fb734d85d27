import type { AppError } from '@inclusion/graphql';
import { PhaseStatus } from './edition-phase.entity';
import { nextPhaseStatus } from './phase-transitions';

const reason = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as AppError).reason;
  }
  return null;
};

describe('nextPhaseStatus', () => {
  it('follows planned → active → done, and reopens', () => {
    expect(nextPhaseStatus(PhaseStatus.Planned, 'start')).toBe(PhaseStatus.Active);
    expect(nextPhaseStatus(PhaseStatus.Active, 'complete')).toBe(PhaseStatus.Done);
    expect(nextPhaseStatus(PhaseStatus.Done, 'reopen')).toBe(PhaseStatus.Active);
    expect(nextPhaseStatus(PhaseStatus.Planned, 'skip')).toBe(PhaseStatus.Skipped);
  });

  it('refuses a phase done while a mandatory deliverable is open', () => {
    expect(reason(() => nextPhaseStatus(PhaseStatus.Active, 'complete', ['report']))).toBe(
      'MANDATORY_DELIVERABLES_OPEN',
    );
  });

  it('refuses transitions that skip a step, with a coded error', () => {
    expect(reason(() => nextPhaseStatus(PhaseStatus.Planned, 'complete'))).toBe(
      'PHASE_TRANSITION_NOT_ALLOWED',
    );
    expect(reason(() => nextPhaseStatus(PhaseStatus.Done, 'skip'))).toBe(
      'PHASE_TRANSITION_NOT_ALLOWED',
    );
    expect(reason(() => nextPhaseStatus(PhaseStatus.Active, 'start'))).toBe(
      'PHASE_TRANSITION_NOT_ALLOWED',
    );
  });
});
