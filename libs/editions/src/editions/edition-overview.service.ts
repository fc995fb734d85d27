import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@inclusion/identity';
import { EditionPhase, PhaseStatus } from '../phases/edition-phase.entity';
import { PhaseDeliverable } from '../phases/phase-deliverable.entity';
import { addDays, todayIn } from '../phases/phase-plan';
import { EditionService } from './edition.service';

const isLate = (phase: EditionPhase, today: string): boolean =>
  (phase.status === PhaseStatus.Planned && phase.plannedStart < today) ||
  (phase.status === PhaseStatus.Active && phase.plannedEnd < today);

/** Read models over an edition: its calendar, and what needs attention next. */
@Injectable()
export class EditionOverviewService {
  constructor(private readonly editions: EditionService) {}

  isLate(ctx: RequestContext, phase: EditionPhase): boolean {
    return isLate(phase, todayIn(ctx.requireTenant().timeZone));
  }

  /** Phases in calendar order, by when they did or will start (then by their order). */
  async timeline(ctx: RequestContext, editionId: string) {
    const edition = await this.editions.get(ctx.em, editionId);
    const phases = await ctx.em.find(EditionPhase, { edition });
    return phases
      .map((phase) => ({
        startsOn: phase.actualStart ?? phase.plannedStart,
        endsOn: phase.actualEnd ?? phase.plannedEnd,
        phase,
      }))
      .sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.phase.position - b.phase.position);
  }

  async whatsNext(ctx: RequestContext, editionId: string, weeks: number) {
    const edition = await this.editions.get(ctx.em, editionId);
    const today = todayIn(ctx.requireTenant().timeZone);
    const horizon = addDays(today, weeks * 7);
    const phases = await ctx.em.find(EditionPhase, { edition }, { orderBy: { position: 'asc' } });
    const latePhases = phases.filter((phase) => isLate(phase, today));
    const upcomingPhases = phases.filter(
      (phase) =>
        phase.status === PhaseStatus.Planned &&
        phase.plannedStart >= today &&
        phase.plannedStart <= horizon,
    );
    const watched = phases.filter(
      (phase) => phase.status === PhaseStatus.Active || latePhases.includes(phase),
    );
    const openDeliverables = watched.length
      ? await ctx.em.find(
          PhaseDeliverable,
          { phase: { $in: watched }, doneAt: null },
          { orderBy: { phase: { position: 'asc' }, mandatory: 'desc', key: 'asc' } },
        )
      : [];
    return { latePhases, upcomingPhases, openDeliverables };
  }
}
