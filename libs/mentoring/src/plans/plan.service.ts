import { Injectable } from '@nestjs/common';
import { knexRows } from '@inclusion/database';
import type { RequestContext } from '@inclusion/identity';
import { invalidDateRange } from '@inclusion/editions';
import { PartnershipCriterion } from '../assessment/partnership-criterion.entity';
import { KeyFactor } from '../benchmarks/key-factor.entity';
import {
  emptyPlan,
  keyFactorsOutsideCriterion,
  notInChosenCriteria,
  planActionNotFound,
  planVersionNotFound,
  versionsOfOtherPlans,
} from '../mentoring.errors';
import { PairAccess } from '../partnerships/pair-access.service';
import { ReviewMail } from '../reviews/review-mail.service';
import type { Partnership } from '../partnerships/partnership.entity';
import { PlanAction } from './plan-action.entity';
import { diffPlans, type ActionSnapshot } from './plan-diff';
import type { PlanStage } from './plan-enums';
import { PlanVersion } from './plan-version.entity';
import type { SavePlanActionInput } from './plan.types';

/** The pair's records sit in the learner's tenant: named explicitly, read past the filter. */
const PAIR = { filters: false } as const;

/** An action as `submit` freezes it in a version. */
export const snapshotOf = (action: PlanAction): ActionSnapshot => ({
  id: action.id,
  position: action.position,
  title: action.title,
  objective: action.objective,
  criterionId: action.criterionId ?? null,
  keyFactorIds: [...action.keyFactorIds],
  responsibleService: action.responsibleService,
  startsOn: action.startsOn,
  endsOn: action.endsOn,
  resources: action.resources ?? null,
  indicators: action.indicators ?? null,
  status: action.status,
});

/**
 * The learner city's action plan in a partnership: actions its coordinators and authors write,
 * and versions frozen when it submits the plan at a study visit, which two at a time can be
 * compared. The mentor's reviewers read it all and change none of it.
 */
@Injectable()
export class PlanService {
  constructor(
    private readonly access: PairAccess,
    private readonly mail: ReviewMail,
  ) {}

  async actions(ctx: RequestContext, partnershipId: string): Promise<PlanAction[]> {
    const partnership = await this.access.readable(ctx, partnershipId);
    return ctx.em.find(
      PlanAction,
      { partnershipId, tenantId: partnership.tenantId },
      { ...PAIR, orderBy: { position: 'asc', createdAt: 'asc' } },
    );
  }

  async save(ctx: RequestContext, input: SavePlanActionInput): Promise<PlanAction> {
    const partnership = await this.access.writable(ctx, input.partnershipId);
    if (input.endsOn < input.startsOn) throw invalidDateRange();
    await this.checkCriterion(
      ctx,
      partnership,
      input.criterionId ?? null,
      input.keyFactorIds ?? [],
    );
    const action = input.id
      ? await ctx.em.findOne(PlanAction, { id: input.id, partnershipId: partnership.id })
      : ctx.em.create(PlanAction, {
          tenantId: partnership.tenantId,
          partnershipId: partnership.id,
          position: (await ctx.em.count(PlanAction, { partnershipId: partnership.id })) + 1,
          title: input.title,
          objective: input.objective,
          responsibleService: input.responsibleService,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
        });
    if (!action) throw planActionNotFound();
    action.title = input.title.trim();
    action.objective = input.objective.trim();
    action.criterionId = input.criterionId ?? null;
    action.keyFactorIds = [...new Set(input.keyFactorIds ?? [])];
    action.responsibleService = input.responsibleService.trim();
    action.startsOn = input.startsOn;
    action.endsOn = input.endsOn;
    action.resources = input.resources?.trim() || null;
    action.indicators = input.indicators?.trim() || null;
    if (input.status) action.status = input.status;
    await ctx.em.flush();
    return action;
  }

  /** From the working plan; the versions that froze it keep it. */
  async remove(ctx: RequestContext, id: string): Promise<string> {
    const action = await ctx.em.findOne(PlanAction, { id });
    if (!action) throw planActionNotFound();
    await this.access.writable(ctx, action.partnershipId);
    ctx.em.remove(action);
    await ctx.em.flush();
    return id;
  }

  /** Freezes the plan as it stands, for the mentor's review at a study visit. */
  async submit(ctx: RequestContext, partnershipId: string, stage: PlanStage) {
    const partnership = await this.access.writable(ctx, partnershipId);
    const actions = await ctx.em.find(
      PlanAction,
      { partnershipId },
      { orderBy: { position: 'asc', createdAt: 'asc' } },
    );
    if (!actions.length) throw emptyPlan();
    const version = ctx.em.create(PlanVersion, {
      tenantId: partnership.tenantId,
      partnershipId,
      number: (await ctx.em.count(PlanVersion, { partnershipId })) + 1,
      stage,
      snapshot: actions.map(snapshotOf),
      submittedById: ctx.requireActor().user.id,
    });
    await ctx.em.flush();
    await this.mail.versionSubmitted(ctx, partnership, version);
    return version;
  }

  async versions(ctx: RequestContext, partnershipId: string) {
    const partnership = await this.access.readable(ctx, partnershipId);
    return knexRows(
      ctx.em,
      PlanVersion,
      (query) =>
        query
          .where({ partnership_id: partnershipId, tenant_id: partnership.tenantId })
          .orderBy('number'),
      PAIR,
    );
  }

  async diff(ctx: RequestContext, fromId: string, toId: string) {
    const from = await this.version(ctx, fromId);
    const to = await this.version(ctx, toId);
    if (from.partnershipId !== to.partnershipId) throw versionsOfOtherPlans();
    return diffPlans(from.snapshot, to.snapshot);
  }

  /** A version, found past the filter (a mentor's reviewer asks from the mentor city). */
  private async version(ctx: RequestContext, id: string): Promise<PlanVersion> {
    const version = await ctx.em.findOne(PlanVersion, { id }, PAIR);
    if (!version) throw planVersionNotFound();
    const partnership = await this.access.readable(ctx, version.partnershipId).catch(() => null);
    if (!partnership || partnership.tenantId !== version.tenantId) throw planVersionNotFound();
    return version;
  }

  private async checkCriterion(
    ctx: RequestContext,
    partnership: Partnership,
    criterionId: string | null,
    keyFactorIds: string[],
  ) {
    if (!criterionId) {
      if (keyFactorIds.length) throw keyFactorsOutsideCriterion();
      return;
    }
    const chosen = await ctx.em.count(PartnershipCriterion, {
      partnershipId: partnership.id,
      criterionId,
    });
    if (!chosen) throw notInChosenCriteria();
    const ids = [...new Set(keyFactorIds)];
    if (
      ids.length &&
      (await ctx.em.count(KeyFactor, { id: { $in: ids }, criterionId })) !== ids.length
    ) {
      throw keyFactorsOutsideCriterion();
    }
  }
}
