import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@inclusion/identity';
import {
  deliverableNotFound,
  evidenceRequired,
  invalidDateRange,
  phaseClosed,
  phaseNotFound,
} from '../editions.errors';
import { EditionService } from '../editions/edition.service';
import { EditionPhase, PhaseStatus } from './edition-phase.entity';
import { PhaseDeliverable } from './phase-deliverable.entity';
import { todayIn } from './phase-plan';
import { nextPhaseStatus, type PhaseAction } from './phase-transitions';

export interface Evidence {
  url?: string | null;
  note?: string | null;
}

@Injectable()
export class PhaseService {
  constructor(private readonly editions: EditionService) {}

  async get(ctx: RequestContext, id: string): Promise<EditionPhase> {
    const phase = await ctx.em.findOne(EditionPhase, { id }, { populate: ['edition'] });
    if (!phase) throw phaseNotFound();
    return phase;
  }

  async replan(ctx: RequestContext, id: string, start: string, end: string): Promise<EditionPhase> {
    if (end < start) throw invalidDateRange();
    const phase = await this.get(ctx, id);
    phase.plannedStart = start;
    phase.plannedEnd = end;
    await ctx.em.flush();
    return phase;
  }

  /** Moves a phase along its life; the dates default to today where the city is. */
  async transition(
    ctx: RequestContext,
    id: string,
    action: PhaseAction,
    options: { on?: string | null; reason?: string | null } = {},
  ): Promise<EditionPhase> {
    const phase = await this.get(ctx, id);
    const open =
      action === 'complete'
        ? (await ctx.em.find(PhaseDeliverable, { phase, mandatory: true, doneAt: null })).map(
            (deliverable) => deliverable.key,
          )
        : [];
    phase.status = nextPhaseStatus(phase.status, action, open);
    const on = options.on ?? todayIn(ctx.requireTenant().timeZone);
    if (action === 'complete' && phase.actualStart && on < phase.actualStart)
      throw invalidDateRange();
    if (action === 'start') phase.actualStart = on;
    if (action === 'complete') phase.actualEnd = on;
    if (action === 'skip') phase.skipReason = options.reason?.trim() ?? null;
    if (action === 'reopen') {
      phase.actualEnd = null;
      phase.skipReason = null;
      phase.actualStart ??= on;
    }
    await this.editions.refreshStatus(ctx.em, phase.edition);
    await ctx.em.flush();
    return phase;
  }

  async completeDeliverable(ctx: RequestContext, id: string, evidence: Evidence) {
    if (!evidence.url?.trim() && !evidence.note?.trim()) throw evidenceRequired();
    const deliverable = await this.openDeliverable(ctx, id);
    deliverable.doneAt = new Date();
    deliverable.doneBy = ctx.requireActor().user.id;
    deliverable.evidenceUrl = evidence.url?.trim() || null;
    deliverable.evidenceNote = evidence.note?.trim() || null;
    await ctx.em.flush();
    return deliverable;
  }

  async reopenDeliverable(ctx: RequestContext, id: string) {
    const deliverable = await this.openDeliverable(ctx, id);
    deliverable.doneAt = null;
    deliverable.doneBy = null;
    await ctx.em.flush();
    return deliverable;
  }

  /** A deliverable whose phase still takes changes. */
  private async openDeliverable(ctx: RequestContext, id: string): Promise<PhaseDeliverable> {
    const deliverable = await ctx.em.findOne(PhaseDeliverable, { id }, { populate: ['phase'] });
    if (!deliverable) throw deliverableNotFound();
    if ([PhaseStatus.Done, PhaseStatus.Skipped].includes(deliverable.phase.status)) {
      throw phaseClosed();
    }
    return deliverable;
  }
}
