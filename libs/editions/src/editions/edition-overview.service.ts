import { Injectable } from '@nestjs/common';
import { knexRead, readTogether } from '@inclusion/database';
import type { RequestContext } from '@inclusion/identity';
import { Activity } from '../activities/activity.entity';
import { EditionPhase, PhaseStatus } from '../phases/edition-phase.entity';
import { PhaseDeliverable } from '../phases/phase-deliverable.entity';
import { addDays, todayIn } from '../phases/phase-plan';
import { EditionService } from './edition.service';

type PhaseDates = Pick<EditionPhase, 'status' | 'plannedStart' | 'plannedEnd'>;

const isLate = (phase: PhaseDates, today: string): boolean =>
  (phase.status === PhaseStatus.Planned && phase.plannedStart < today) ||
  (phase.status === PhaseStatus.Active && phase.plannedEnd < today);

/** Read models over an edition: its calendar, and what needs attention next. */
@Injectable()
export class EditionOverviewService {
  constructor(private readonly editions: EditionService) {}

  isLate(ctx: RequestContext, phase: PhaseDates): boolean {
    return isLate(phase, todayIn(ctx.requireTenant().timeZone));
  }

  /**
   * Phases and activities in calendar order, by when they did or will start; on the same day a
   * phase comes before the activities, phases keep their methodology order and activities their
   * time order (the sort is stable).
   */
  async timeline(ctx: RequestContext, editionId: string) {
    const edition = await this.editions.get(ctx.em, editionId);
    const timeZone = ctx.requireTenant().timeZone;
    const phases = await ctx.em.find(EditionPhase, { edition });
    const activities = await ctx.em.find(
      Activity,
      { edition, cancelledAt: null },
      { orderBy: { startsAt: 'asc' } },
    );
    const entries = [
      ...phases.map((phase) => ({
        startsOn: phase.actualStart ?? phase.plannedStart,
        endsOn: phase.actualEnd ?? phase.plannedEnd,
        rank: phase.position,
        phase,
        activity: null,
      })),
      ...activities.map((activity) => ({
        startsOn: todayIn(timeZone, activity.startsAt),
        endsOn: todayIn(
          timeZone,
          new Date(activity.startsAt.getTime() + activity.durationMinutes * 60_000),
        ),
        rank: Number.MAX_SAFE_INTEGER,
        phase: null,
        activity,
      })),
    ];
    return entries.sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.rank - b.rank);
  }

  /**
   * Plain rows throughout, queried with knex (see knexRows): a coordinator's home page asks for it
   * at every visit.
   */
  async whatsNext(ctx: RequestContext, editionId: string, weeks: number) {
    const timeZone = ctx.requireTenant().timeZone;
    const today = todayIn(timeZone);
    const horizon = addDays(today, weeks * 7);
    // One round trip: the phases, the activities, and the open deliverables of the phases to
    // watch: active ones, and planned ones whose start has passed (late, as isLate says).
    const [phases, activities, deliverables] = await readTogether(ctx.em, [
      knexRead(ctx.em, EditionPhase, (query) =>
        query.where({ edition_id: editionId }).orderBy('position'),
      ),
      // Fetched with a day of margin on each side, then kept by their date where the city is.
      knexRead(ctx.em, Activity, (query) =>
        query
          .where({ edition_id: editionId, cancelled_at: null })
          .where('starts_at', '>=', new Date())
          .where('starts_at', '<', new Date(`${addDays(horizon, 2)}T00:00:00Z`))
          .orderBy('starts_at'),
      ),
      knexRead(ctx.em, PhaseDeliverable, (query) =>
        query
          .where({ done_at: null })
          .whereIn(
            'phase_id',
            ctx.em
              .getKnex()('edition_phase')
              .select('id')
              .where({ edition_id: editionId })
              .where((watched) =>
                watched
                  .where('status', PhaseStatus.Active)
                  .orWhere((late) =>
                    late.where('status', PhaseStatus.Planned).where('planned_start', '<', today),
                  ),
              ),
          )
          .orderBy([{ column: 'mandatory', order: 'desc' }, 'key']),
      ),
    ]);
    // Every edition has its phases: none visible means no such edition in this city.
    if (!phases.length) await this.editions.get(ctx.em, editionId);
    const latePhases = phases.filter((phase) => isLate(phase, today));
    const upcomingPhases = phases.filter(
      (phase) =>
        phase.status === PhaseStatus.Planned &&
        phase.plannedStart >= today &&
        phase.plannedStart <= horizon,
    );
    const positionOf = new Map(phases.map((phase) => [phase.id, phase.position]));
    const openDeliverables = deliverables.sort(
      (a, b) => positionOf.get(a.phase)! - positionOf.get(b.phase)!,
    );
    const upcomingActivities = activities.filter(
      (activity) => todayIn(timeZone, activity.startsAt) <= horizon,
    );
    return { latePhases, upcomingPhases, openDeliverables, upcomingActivities };
  }
}
