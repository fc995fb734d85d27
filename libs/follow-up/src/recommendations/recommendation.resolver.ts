import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionType, IdArgs, toConnection } from '@inclusion/graphql';
import { Access, Ctx, loadMember, loadUserName, type RequestContext } from '@inclusion/identity';
import { CommitmentType } from '../commitments/commitment.types';
import { Commitment } from '../commitments/commitment.entity';
import { RecommendationAnswerService } from './recommendation-answer.service';
import { RecommendationCoauthor } from './recommendation-coauthor.entity';
import type { Recommendation } from './recommendation.entity';
import { RecommendationService } from './recommendation.service';
import {
  AdvanceRecommendationArgs,
  AnswerRecommendationInput,
  CreateRecommendationInput,
  RecommendationAnswerType,
  RecommendationCoauthorType,
  RecommendationsArgs,
  RecommendationType,
  UpdateRecommendationInput,
} from './recommendation.types';

const RecommendationConnection = ConnectionType(RecommendationType, 'Recommendation');

@Resolver(() => RecommendationType)
export class RecommendationResolver {
  constructor(
    private readonly service: RecommendationService,
    private readonly answers: RecommendationAnswerService,
  ) {}

  @Access.inTenant('read', 'Recommendation')
  @Query(() => RecommendationConnection, {
    description: 'The city’s recommendations, newest first.',
  })
  async recommendations(@Ctx() ctx: RequestContext, @Args() args: RecommendationsArgs) {
    return toConnection(await this.service.list(ctx.em, args.filter ?? {}, args), (row) => row);
  }

  @Access.inTenant('read', 'Recommendation')
  @Query(() => RecommendationType)
  recommendation(@Ctx() ctx: RequestContext, @Args() args: IdArgs) {
    return this.service.get(ctx.em, args.id);
  }

  @Access.inTenant('contribute', 'Recommendation')
  @Mutation(() => RecommendationType, {
    description:
      'Drafts a recommendation of an edition; a participant who writes it co-authors it.',
  })
  createRecommendation(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateRecommendationInput,
  ) {
    const { editionId, ...draft } = input;
    return this.service.create(ctx, editionId, draft);
  }

  @Access.inTenant('contribute', 'Recommendation')
  @Mutation(() => RecommendationType, {
    description: 'Its co-authors and the edition’s team change it until it is presented.',
  })
  updateRecommendation(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateRecommendationInput,
  ) {
    const { id, ...draft } = input;
    return this.service.update(ctx, id, draft);
  }

  @Access.inTenant('update', 'Recommendation')
  @Mutation(() => RecommendationType, {
    description:
      'Adopted by the group, presented at the public restitution, submitted to the city.',
  })
  advanceRecommendation(@Ctx() ctx: RequestContext, @Args() args: AdvanceRecommendationArgs) {
    return this.service.advance(ctx, args.id, args.status);
  }

  @Access.inTenant('contribute', 'Recommendation')
  @Mutation(() => ID, { description: 'Deletes a draft; returns its id.' })
  deleteRecommendation(@Ctx() ctx: RequestContext, @Args() args: IdArgs) {
    return this.service.remove(ctx, args.id);
  }

  @Access.inTenant('answer', 'Recommendation')
  @Mutation(() => RecommendationType, {
    description: 'The city’s answer to a submitted recommendation, dated and attributed.',
  })
  async answerRecommendation(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AnswerRecommendationInput,
  ) {
    const { recommendationId, ...draft } = input;
    await this.answers.answer(ctx, recommendationId, draft);
    return this.service.get(ctx.em, recommendationId);
  }

  @ResolveField(() => [RecommendationCoauthorType])
  async coauthors(@Ctx() ctx: RequestContext, @Parent() recommendation: Recommendation) {
    const rows = await ctx.em.find(
      RecommendationCoauthor,
      { recommendationId: recommendation.id },
      { orderBy: { createdAt: 'asc' } },
    );
    return Promise.all(
      rows.map(async (row) => ({
        membershipId: row.membershipId,
        displayName: (await loadMember(ctx, row.membershipId))?.displayName ?? null,
      })),
    );
  }

  @ResolveField(() => [RecommendationAnswerType], { description: 'Every answer, latest first.' })
  async answerHistory(@Ctx() ctx: RequestContext, @Parent() recommendation: Recommendation) {
    const rows = await this.answers.history(ctx, recommendation.id);
    return Promise.all(
      rows.map(async (row) => ({
        ...row,
        answeredBy: row.answeredById ? loadUserName(ctx, row.answeredById) : null,
      })),
    );
  }

  @ResolveField(() => [CommitmentType], { description: 'What the city committed to on it.' })
  commitments(@Ctx() ctx: RequestContext, @Parent() recommendation: Recommendation) {
    return ctx.em.find(
      Commitment,
      { recommendationId: recommendation.id, parentId: null },
      { orderBy: { dueDate: 'asc', id: 'asc' } },
    );
  }
}
