import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@inclusion/identity';
import { CommitmentService, type Commitment } from '@inclusion/follow-up';
import { actionNotApproved, notAnAuthor } from '../mentoring.errors';
import { PartnershipSide } from '../partnerships/partnership-status';
import { PartnershipService } from '../partnerships/partnership.service';
import { PlanVersionStatus } from './plan-enums';
import { PlanVersion } from './plan-version.entity';
import type { CommitPlanActionInput } from './plan.types';

/**
 * Turns an action the mentor approved into a commitment of the learner city, which then shows on
 * the city's and the network's commitments dashboards like any other. The action is taken as the
 * latest approved version froze it: what the mentor approved, not what was written since.
 */
@Injectable()
export class ActionCommitmentService {
  constructor(
    private readonly partnerships: PartnershipService,
    private readonly commitments: CommitmentService,
  ) {}

  async commit(ctx: RequestContext, input: CommitPlanActionInput): Promise<Commitment> {
    const partnership = await this.partnerships.get(ctx, input.partnershipId);
    if (this.partnerships.sideOf(ctx, partnership) !== PartnershipSide.Learner) throw notAnAuthor();
    const [approved] = await ctx.em.find(
      PlanVersion,
      { partnershipId: partnership.id, status: PlanVersionStatus.Approved },
      { orderBy: { number: 'desc' }, limit: 1 },
    );
    const action = approved?.snapshot.find((candidate) => candidate.id === input.actionId);
    if (!action) throw actionNotApproved();
    return this.commitments.createForAction(ctx, action.id, {
      title: input.title ?? { fr: action.title, en: action.title },
      description: { fr: action.objective, en: action.objective },
      department: input.department ?? action.responsibleService,
      ownerId: input.ownerId,
      startDate: input.startDate ?? action.startsOn,
      dueDate: input.dueDate ?? action.endsOn,
      externalId: input.externalId ?? null,
    });
  }
}
