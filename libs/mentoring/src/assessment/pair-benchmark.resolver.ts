import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Ctx, type RequestContext } from '@inclusion/identity';
import { PairBenchmarkService } from './pair-benchmark.service';
import {
  AssessedKeyFactorType,
  AssessKeyFactorArgs,
  ChooseCriteriaArgs,
  PartnershipArgs,
  PartnershipCriterionType,
  SetIndicatorTargetArgs,
  TargetedIndicatorType,
} from './pair-benchmark.types';

@Resolver()
export class PairBenchmarkResolver {
  constructor(private readonly service: PairBenchmarkService) {}

  @Access.inTenant('read', 'Partnership')
  @Query(() => [PartnershipCriterionType], {
    description:
      'The criteria a partnership works on and the learner city’s self-assessment; for the ' +
      'learner city and the mentor’s named reviewers.',
  })
  partnershipBenchmark(@Ctx() ctx: RequestContext, @Args() args: PartnershipArgs) {
    return this.service.view(ctx, args.partnershipId);
  }

  @Access.inTenant('contribute', 'Partnership')
  @Mutation(() => [PartnershipCriterionType], {
    description: 'The learner city picks the library’s criteria the pair works on.',
  })
  choosePartnershipCriteria(@Ctx() ctx: RequestContext, @Args() args: ChooseCriteriaArgs) {
    return this.service.choose(ctx, args.partnershipId, args.criterionIds);
  }

  @Access.inTenant('contribute', 'Partnership')
  @Mutation(() => AssessedKeyFactorType, { description: 'The learner city scores itself, 1 to 5.' })
  assessKeyFactor(@Ctx() ctx: RequestContext, @Args() args: AssessKeyFactorArgs) {
    return this.service.assess(
      ctx,
      args.partnershipId,
      args.keyFactorId,
      args.score,
      args.evidence ?? null,
    );
  }

  @Access.inTenant('contribute', 'Partnership')
  @Mutation(() => TargetedIndicatorType)
  setIndicatorTarget(@Ctx() ctx: RequestContext, @Args() args: SetIndicatorTargetArgs) {
    return this.service.target(
      ctx,
      args.partnershipId,
      args.indicatorId,
      args.baseline,
      args.target,
    );
  }
}
