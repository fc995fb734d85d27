import { Args, Query, Mutation, Resolver } from '@nestjs/graphql';
import { Access, Ctx, type RequestContext } from '@inclusion/identity';
import { Tenant } from '@inclusion/tenancy';
import { NeedsService } from './needs.service';
import {
  CityStrengthType,
  MentorMatchesArgs,
  MentorMatchType,
  NeedsAssessmentsArgs,
  NeedsAssessmentType,
  SetCityStrengthArgs,
  SetNeedsAssessmentArgs,
} from './needs.types';

@Resolver()
export class NeedsResolver {
  constructor(private readonly service: NeedsService) {}

  @Access.inTenant('read', 'Partnership')
  @Query(() => [CityStrengthType], { description: 'What your city can teach others.' })
  cityStrengths(@Ctx() ctx: RequestContext) {
    return this.service.strengths(ctx.em);
  }

  @Access.inTenant('update', 'Partnership')
  @Mutation(() => [CityStrengthType])
  setCityStrength(@Ctx() ctx: RequestContext, @Args() args: SetCityStrengthArgs) {
    return this.service.setStrength(ctx, args.theme, args.description ?? null);
  }

  @Access.inTenant('read', 'Partnership')
  @Query(() => [NeedsAssessmentType], {
    description:
      'Your city’s needs by theme; with a partnership, its learner city’s (mentor reviewers only).',
  })
  needsAssessments(@Ctx() ctx: RequestContext, @Args() args: NeedsAssessmentsArgs) {
    return this.service.needs(ctx, args.partnershipId);
  }

  @Access.inTenant('update', 'Partnership')
  @Mutation(() => NeedsAssessmentType)
  setNeedsAssessment(@Ctx() ctx: RequestContext, @Args() args: SetNeedsAssessmentArgs) {
    return this.service.setNeeds(ctx, args);
  }

  @Access.networkOperator()
  @Query(() => [MentorMatchType], {
    description: 'Mentor cities whose strengths cover a learner city’s needs, best first.',
  })
  async mentorMatches(@Ctx() ctx: RequestContext, @Args() args: MentorMatchesArgs) {
    const matches = await this.service.matches(ctx.em, args.learnerTenantId);
    const cities = new Map(
      (await ctx.em.find(Tenant, { id: { $in: matches.map((m) => m.tenantId) } })).map((t) => [
        t.id,
        t,
      ]),
    );
    return matches.map((match) => ({ ...match, city: cities.get(match.tenantId)! }));
  }
}
