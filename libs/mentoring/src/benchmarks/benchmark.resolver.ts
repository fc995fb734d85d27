import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArgs } from '@inclusion/graphql';
import { Access, Ctx, type RequestContext } from '@inclusion/identity';
import type { BenchmarkCriterion } from './benchmark-criterion.entity';
import { BenchmarkService } from './benchmark.service';
import {
  BenchmarkCriteriaArgs,
  BenchmarkCriterionType,
  BenchmarkIndicatorType,
  CreateBenchmarkCriterionInput,
  ExtendBenchmarkCriterionInput,
  GoodPracticeType,
  KeyFactorType,
} from './benchmark.types';

@Resolver(() => BenchmarkCriterionType)
export class BenchmarkResolver {
  constructor(private readonly service: BenchmarkService) {}

  @Access.signedIn()
  @Query(() => [BenchmarkCriterionType], { description: 'The network’s benchmark library.' })
  benchmarkCriteria(@Ctx() ctx: RequestContext, @Args() args: BenchmarkCriteriaArgs) {
    return this.service.criteria(ctx.em, args.theme);
  }

  @Access.signedIn()
  @Query(() => BenchmarkCriterionType)
  benchmarkCriterion(@Ctx() ctx: RequestContext, @Args() args: IdArgs) {
    return this.service.get(ctx.em, args.id);
  }

  @Access.networkOperator()
  @Mutation(() => BenchmarkCriterionType, {
    description: 'A new criterion, with its key factors, good practices and indicators.',
  })
  createBenchmarkCriterion(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateBenchmarkCriterionInput,
  ) {
    return this.service.create(ctx, input);
  }

  @Access.networkOperator()
  @Mutation(() => BenchmarkCriterionType, {
    description: 'Adds key factors, good practices or indicators to a criterion.',
  })
  extendBenchmarkCriterion(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ExtendBenchmarkCriterionInput,
  ) {
    const { id, ...entries } = input;
    return this.service.extend(ctx, id, entries);
  }

  @ResolveField(() => [KeyFactorType])
  keyFactors(@Ctx() ctx: RequestContext, @Parent() criterion: BenchmarkCriterion) {
    return this.service.keyFactors(ctx.em, criterion.id);
  }

  @ResolveField(() => [GoodPracticeType])
  goodPractices(@Ctx() ctx: RequestContext, @Parent() criterion: BenchmarkCriterion) {
    return this.service.goodPractices(ctx.em, criterion.id);
  }

  @ResolveField(() => [BenchmarkIndicatorType])
  indicators(@Ctx() ctx: RequestContext, @Parent() criterion: BenchmarkCriterion) {
    return this.service.indicators(ctx.em, criterion.id);
  }
}
