import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Membership, MembershipStatus, type RequestContext } from '@inclusion/identity';
import { ActivityKind } from '@inclusion/methodology';
import {
  activityNotFound,
  labNotFound,
  memberNotFound,
  phaseNotInEdition,
  trackRequired,
  wrongActivityKind,
} from '../editions.errors';
import type { LabStep } from '../labs/lab-step';
import { PolicyLab } from '../labs/policy-lab.entity';
import { EditionService } from '../editions/edition.service';
import { EditionPhase } from '../phases/edition-phase.entity';
import { Activity, type TrainingTrack } from './activity.entity';
import { Registration } from './registration.entity';

export interface ActivityDraft {
  kind: ActivityKind;
  track?: TrainingTrack | null;
  title: string;
  description?: string | null;
  startsAt: Date;
  durationMinutes: number;
  place?: string | null;
  onlineUrl?: string | null;
  languages: string[];
  interpretationLanguages?: string[] | null;
  facilitatorIds?: string[] | null;
  capacity?: number | null;
  phaseId?: string | null;
  policyLabId?: string | null;
  labStep?: LabStep | null;
}

@Injectable()
export class ActivityService {
  constructor(private readonly editions: EditionService) {}

  async schedule(ctx: RequestContext, editionId: string, draft: ActivityDraft): Promise<Activity> {
    const edition = await this.editions.get(ctx.em, editionId);
    const activity = ctx.em.create(Activity, {
      tenantId: edition.tenantId,
      edition,
      kind: draft.kind,
      title: draft.title.trim(),
      startsAt: draft.startsAt,
      durationMinutes: draft.durationMinutes,
      languages: draft.languages,
    });
    await this.apply(ctx, activity, draft);
    await ctx.em.flush();
    return activity;
  }

  async update(ctx: RequestContext, id: string, draft: Partial<ActivityDraft>): Promise<Activity> {
    const activity = await this.get(ctx.em, id);
    await this.apply(ctx, activity, draft);
    await ctx.em.flush();
    return activity;
  }

  /** Cancelled, not deleted: registrations and the calendar show it as cancelled. */
  /** A Policy Lab workshop sits at one step of one lab of the same edition; nothing else does. */
  private async placeInLab(
    ctx: RequestContext,
    activity: Activity,
    labId: string | null,
    step: LabStep | null,
  ) {
    if (!labId && !step) {
      activity.policyLab = null;
      activity.labStep = null;
      return;
    }
    if (activity.kind !== ActivityKind.PolicyLabWorkshop) {
      throw wrongActivityKind(ActivityKind.PolicyLabWorkshop);
    }
    const lab = labId
      ? await ctx.em.findOne(PolicyLab, { id: labId, edition: activity.edition })
      : null;
    if (!lab || !step) throw labNotFound();
    activity.policyLab = lab;
    activity.labStep = step;
  }

  async cancel(ctx: RequestContext, id: string): Promise<Activity> {
    const activity = await this.get(ctx.em, id);
    activity.cancelledAt ??= new Date();
    await ctx.em.flush();
    return activity;
  }

  /** `forUpdate`: hold the row until the transaction ends, so seats are counted one at a time. */
  async get(em: EntityManager, id: string, { forUpdate = false } = {}): Promise<Activity> {
    const activity = await em.findOne(
      Activity,
      { id },
      forUpdate ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {},
    );
    if (!activity) throw activityNotFound();
    return activity;
  }

  async list(
    em: EntityManager,
    editionId: string,
    range: { from?: Date | null; to?: Date | null },
  ) {
    const edition = await this.editions.get(em, editionId);
    const startsAt: Record<string, Date> = {};
    if (range.from) startsAt.$gte = range.from;
    if (range.to) startsAt.$lt = range.to;
    return em.find(
      Activity,
      { edition, ...(range.from || range.to ? { startsAt } : {}) },
      { orderBy: { startsAt: 'asc', id: 'asc' }, limit: 500 },
    );
  }

  private async apply(ctx: RequestContext, activity: Activity, draft: Partial<ActivityDraft>) {
    const moved =
      draft.startsAt !== undefined && activity.startsAt?.getTime() !== draft.startsAt.getTime();
    const fields = [
      'kind',
      'track',
      'description',
      'startsAt',
      'durationMinutes',
      'place',
      'onlineUrl',
      'languages',
      'interpretationLanguages',
      'capacity',
    ] as const;
    for (const field of fields) {
      if (draft[field] !== undefined) Object.assign(activity, { [field]: draft[field] });
    }
    if (draft.title !== undefined) activity.title = draft.title.trim();
    if (activity.kind === ActivityKind.TrainingSession && !activity.track) throw trackRequired();
    if (activity.kind !== ActivityKind.TrainingSession) activity.track = null;
    if (draft.phaseId !== undefined) {
      const phase = draft.phaseId
        ? await ctx.em.findOne(EditionPhase, { id: draft.phaseId, edition: activity.edition })
        : null;
      if (draft.phaseId && !phase) throw phaseNotInEdition();
      activity.phase = phase;
    }
    if (draft.policyLabId !== undefined || draft.labStep !== undefined) {
      await this.placeInLab(ctx, activity, draft.policyLabId ?? null, draft.labStep ?? null);
    } else if (activity.kind !== ActivityKind.PolicyLabWorkshop) {
      activity.policyLab = null;
      activity.labStep = null;
    }
    // A reminder for the old date says nothing about the new one: registrations are reminded again.
    if (moved && activity.id) {
      await ctx.em.nativeUpdate(
        Registration,
        { activity, reminderSentAt: { $ne: null } },
        { reminderSentAt: null },
      );
    }
    if (draft.facilitatorIds) {
      const ids = [...new Set(draft.facilitatorIds)];
      const found = await ctx.em.count(Membership, {
        id: { $in: ids },
        status: MembershipStatus.Active,
      });
      if (found !== ids.length) throw memberNotFound();
      activity.facilitatorIds = ids;
    }
  }
}
