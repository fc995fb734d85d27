import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { ReadOnlyRow } from '@inclusion/database';
import { Access, Ctx, type RequestContext } from '@inclusion/identity';
import { PlanVersionType } from '../plans/plan.types';
import type { PlanVersion } from '../plans/plan-version.entity';
import { ReviewService } from './review.service';
import {
  CommentOnPlanArgs,
  DecidePlanVersionArgs,
  ReviewCommentType,
  ReviewDecisionType,
  VersionArgs,
} from './review.types';

@Resolver(() => ReviewCommentType)
export class ReviewResolver {
  constructor(private readonly service: ReviewService) {}

  @Access.inTenant('read', 'Partnership')
  @Query(() => [ReviewCommentType], {
    description: 'The comments on a version of the plan, oldest first; `parentId` threads them.',
  })
  planComments(@Ctx() ctx: RequestContext, @Args() args: VersionArgs) {
    return this.service.comments(ctx, args.versionId);
  }

  @Access.inTenant('read', 'Partnership')
  @Mutation(() => ReviewCommentType, {
    description:
      'Comments on a submitted version, or one of its actions, or answers a comment: the ' +
      'mentor’s named reviewers, the learner’s coordinators and authors.',
  })
  commentOnPlan(@Ctx() ctx: RequestContext, @Args() args: CommentOnPlanArgs) {
    return this.service.comment(ctx, args);
  }

  @Access.inTenant('read', 'Partnership')
  @Mutation(() => PlanVersionType, {
    description: 'A mentor reviewer approves the latest version or asks for changes.',
  })
  decidePlanVersion(@Ctx() ctx: RequestContext, @Args() args: DecidePlanVersionArgs) {
    return this.service.decide(ctx, args.versionId, args.decision, args.note ?? null);
  }
}

@Resolver(() => PlanVersionType)
export class PlanVersionReviewResolver {
  constructor(private readonly service: ReviewService) {}

  @ResolveField(() => [ReviewDecisionType])
  decisions(@Ctx() ctx: RequestContext, @Parent() version: ReadOnlyRow<PlanVersion>) {
    return this.service.decisions(ctx, version);
  }

  @ResolveField(() => [ReviewCommentType], {
    description: 'Its comments, oldest first; `parentId` threads them.',
  })
  comments(@Ctx() ctx: RequestContext, @Parent() version: ReadOnlyRow<PlanVersion>) {
    return this.service.commentsOn(ctx, version);
  }
}
