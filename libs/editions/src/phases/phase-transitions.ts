import { mandatoryDeliverablesOpen, transitionNotAllowed } from '../editions.errors';
import { PhaseStatus } from './edition-phase.entity';

export type PhaseAction = 'start' | 'complete' | 'skip' | 'reopen';

const ALLOWED: Record<PhaseAction, readonly PhaseStatus[]> = {
  start: [PhaseStatus.Planned],
  complete: [PhaseStatus.Active],
  skip: [PhaseStatus.Planned, PhaseStatus.Active],
  reopen: [PhaseStatus.Done, PhaseStatus.Skipped],
};

const RESULT: Record<PhaseAction, PhaseStatus> = {
  start: PhaseStatus.Active,
  complete: PhaseStatus.Done,
  skip: PhaseStatus.Skipped,
  reopen: PhaseStatus.Active,
};

/**
 * The phase's life: planned → active → done, or skipped (with a reason) before it is done; a done
 * or skipped phase can be reopened. It cannot be done while a mandatory deliverable is open.
 */
export function nextPhaseStatus(
  current: PhaseStatus,
  action: PhaseAction,
  openMandatoryDeliverables: readonly string[] = [],
): PhaseStatus {
  if (!ALLOWED[action].includes(current)) throw transitionNotAllowed(current, action);
  if (action === 'complete' && openMandatoryDeliverables.length) {
    throw mandatoryDeliverablesOpen([...openMandatoryDeliverables]);
  }
  return RESULT[action];
}
