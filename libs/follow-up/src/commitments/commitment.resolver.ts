import { Args, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { todayIn } from '@inclusion/editions';
import { ConnectionType, IdArgs, selectsField, toConnection, type Page } from '@inclusion/graphql';
import { readTogether, type ReadOnlyRow } from '@inclusion/database';
import { Access, Ctx, keepJoinedUserNames, type RequestContext } from '@inclusion/identity';
import { RecommendationService } from '../recommendations/recommendation.service';
import { RecommendationType } from '../recommendations/recommendation.types';
import { AttentionFilter } from './attention';
import { attentionRules, operationRulesRead } from './attention-fields';
import type { Recommendation } from '../recommendations/recommendation.entity';
import type { CommitmentUpdate } from './commitment-update.entity';
import type { Commitment } from './commitment.entity';
import { CommitmentService, type ListRules } from './commitment.service';
import {
  CommitmentsArgs,
  CommitmentType,
  CommitmentUpdateType,
  CreateCommitmentInput,
  PublishCommitmentArgs,
  RecordProgressInput,
  UpdateCommitmentInput,
} from './commitment.types';
import { ProgressService } from './progress.service';

const CommitmentConnection = ConnectionType(CommitmentType, 'Commitment');

@Resolver(() => CommitmentType)
export class CommitmentResolver {
  constructor(
    private readonly service: CommitmentService,
    private readonly progress: ProgressService,
    private readonly recommendations: RecommendationService,
  ) {}

  @Access.inTenant('read', 'Commitment')
  @Query(() => CommitmentConnection, {
    description: 'The city’s commitments (milestones with `parentId`), soonest due first.',
  })
  async commitments(
    @Ctx() ctx: RequestContext,
    @Args() args: CommitmentsArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    const { mine, ...filter } = args.filter ?? {};
    if (mine) filter.ownerId = ctx.requireActor().user.id;
    // The owners' names read with the page, and the city's rules with it or before it: every
    // row's fields answer at once. The rules go in the same round trip unless the page's
    // condition needs them.
    const withOwnerNames = selectsField(info, 'ownerName');
    const list = (rules: ListRules) =>
      this.service.listRead(ctx.em, filter, rules, args, { withOwnerNames });
    let page: Page<ReadOnlyRow<Commitment>>;
    if (filter.attention === AttentionFilter.Stale) {
      [page] = await readTogether(ctx.em, [await list(await attentionRules(ctx))]);
    } else {
      const now = new Date();
      const today = todayIn(ctx.requireTenant().timeZone, now);
      [, page] = await readTogether(ctx.em, [
        operationRulesRead(ctx, now),
        await list({ today, now }),
      ]);
    }
    if (withOwnerNames) keepJoinedUserNames(ctx, page.nodes, 'ownerId');
    return toConnection(page, (row) => row);
  }

  @Access.inTenant('read', 'Commitment')
  @Query(() => CommitmentType)
  commitment(@Ctx() ctx: RequestContext, @Args() args: IdArgs) {
    return this.service.get(ctx.em, args.id);
  }

  @Access.inTenant('create', 'Commitment')
  @Mutation(() => CommitmentType, {
    description: 'A commitment on an accepted recommendation, or a milestone of one.',
  })
  createCommitment(@Ctx() ctx: RequestContext, @Args('input') input: CreateCommitmentInput) {
    const { recommendationId, parentId, ...draft } = input;
    return this.service.create(ctx, { recommendationId, parentId }, draft);
  }

  @Access.inTenant('update', 'Commitment')
  @Mutation(() => CommitmentType)
  updateCommitment(@Ctx() ctx: RequestContext, @Args('input') input: UpdateCommitmentInput) {
    const { id, ...draft } = input;
    return this.service.update(ctx, id, draft);
  }

  @Access.inTenant('contribute', 'Commitment')
  @Mutation(() => CommitmentType, {
    description:
      'Adds to its history: progress, status, a note, evidence. Its owner or a coordinator.',
  })
  recordCommitmentProgress(@Ctx() ctx: RequestContext, @Args('input') input: RecordProgressInput) {
    const { commitmentId, ...draft } = input;
    return this.service.recordProgress(ctx, commitmentId, draft);
  }

  @Access.inTenant('update', 'Commitment')
  @Mutation(() => CommitmentType, {
    description:
      'Shows it and its milestones to anyone, without signing in; `false` takes it back.',
  })
  publishCommitment(@Ctx() ctx: RequestContext, @Args() args: PublishCommitmentArgs) {
    return this.service.setPublished(ctx, args.id, args.published);
  }

  // A page's milestones, histories and recommendations load in one query each, not one per row.
  @ResolveField(() => [CommitmentType])
  milestones(@Ctx() ctx: RequestContext, @Parent() commitment: ReadOnlyRow<Commitment>) {
    return ctx
      .groupLoader(
        'commitmentMilestones',
        (ids) => this.service.milestonesOf(ctx.em, ids),
        (milestone: Commitment) => milestone.parentId ?? '',
      )
      .load(commitment.id);
  }

  @ResolveField(() => [CommitmentUpdateType], { description: 'Its history, latest first.' })
  updates(@Ctx() ctx: RequestContext, @Parent() commitment: ReadOnlyRow<Commitment>) {
    return ctx
      .groupLoader(
        'commitmentHistories',
        (ids) => this.progress.historiesOf(ctx.em, ids),
        (update: CommitmentUpdate) => update.commitmentId,
      )
      .load(commitment.id);
  }

  @ResolveField(() => RecommendationType, {
    nullable: true,
    description: 'None when it carries out an action of a mentoring plan.',
  })
  recommendation(@Ctx() ctx: RequestContext, @Parent() commitment: ReadOnlyRow<Commitment>) {
    return commitment.recommendationId
      ? ctx
          .loader(
            'recommendations',
            (ids) => this.recommendations.findMany(ctx.em, ids),
            (recommendation: Recommendation) => recommendation.id,
          )
          .load(commitment.recommendationId)
      : null;
  }
}
