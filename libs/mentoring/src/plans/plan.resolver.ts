import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArgs } from '@inclusion/graphql';
import { CommitmentType } from '@inclusion/follow-up';
import type { ReadOnlyRow } from '@inclusion/database';
import { Access, Ctx, type RequestContext } from '@inclusion/identity';
import { PartnershipArgs } from '../assessment/pair-benchmark.types';
import type { PlanVersion } from './plan-version.entity';
import { ActionCommitmentService } from './action-commitment.service';
import { PlanService } from './plan.service';
import {
  CommitPlanActionInput,
  PlanActionType,
  PlanDiffArgs,
  PlanDiffType,
  PlanVersionType,
  SavePlanActionInput,
  SubmitPlanVersionArgs,
} from './plan.types';

@Resolver(() => PlanVersionType)
export class PlanResolver {
  constructor(
    private readonly service: PlanService,
    private readonly actionCommitments: ActionCommitmentService,
  ) {}

  @Access.inTenant('read', 'Partnership')
  @Query(() => [PlanActionType], {
    description: 'The learner city’s plan as it is being written (its mentor’s reviewers read it).',
  })
  planActions(@Ctx() ctx: RequestContext, @Args() args: PartnershipArgs) {
    return this.service.actions(ctx, args.partnershipId);
  }

  @Access.inTenant('contribute', 'Partnership')
  @Mutation(() => PlanActionType, { description: 'Adds an action to the plan, or changes one.' })
  savePlanAction(@Ctx() ctx: RequestContext, @Args('input') input: SavePlanActionInput) {
    return this.service.save(ctx, input);
  }

  @Access.inTenant('contribute', 'Partnership')
  @Mutation(() => ID, { description: 'Takes an action out of the plan being written.' })
  removePlanAction(@Ctx() ctx: RequestContext, @Args() args: IdArgs) {
    return this.service.remove(ctx, args.id);
  }

  @Access.inTenant('contribute', 'Partnership')
  @Mutation(() => PlanVersionType, {
    description: 'Freezes the plan as it stands and submits it to the mentor’s review.',
  })
  submitPlanVersion(@Ctx() ctx: RequestContext, @Args() args: SubmitPlanVersionArgs) {
    return this.service.submit(ctx, args.partnershipId, args.stage);
  }

  @Access.inTenant('read', 'Partnership')
  @Query(() => [PlanVersionType], { description: 'The plan’s submitted versions, oldest first.' })
  planVersions(@Ctx() ctx: RequestContext, @Args() args: PartnershipArgs) {
    return this.service.versions(ctx, args.partnershipId);
  }

  @Access.inTenant('read', 'Partnership')
  @Query(() => PlanDiffType, { description: 'What changed from one version of a plan to another.' })
  planDiff(@Ctx() ctx: RequestContext, @Args() args: PlanDiffArgs) {
    return this.service.diff(ctx, args.fromVersionId, args.toVersionId);
  }

  @Access.inTenant('create', 'Commitment')
  @Mutation(() => CommitmentType, {
    description:
      'Makes an action of the latest approved version a commitment of the city, on its dashboards.',
  })
  commitPlanAction(@Ctx() ctx: RequestContext, @Args('input') input: CommitPlanActionInput) {
    return this.actionCommitments.commit(ctx, input);
  }

  @ResolveField(() => [PlanActionType])
  actions(@Parent() version: ReadOnlyRow<PlanVersion>) {
    return version.snapshot;
  }
}
