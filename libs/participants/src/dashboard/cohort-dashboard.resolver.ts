import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Access, Ctx, type RequestContext } from '@inclusion/identity';
import { CohortDashboardService } from './cohort-dashboard.service';
import { CohortDashboardType } from './cohort-dashboard.types';

@Resolver(() => CohortDashboardType)
export class CohortDashboardResolver {
  constructor(private readonly dashboard: CohortDashboardService) {}

  @Access.inTenant('read', 'CohortFigures')
  @Query(() => CohortDashboardType, {
    description:
      "An edition's two cohorts against their targets, with their diversity. Figures under five " +
      'people are suppressed for everyone but the team running the edition.',
  })
  cohortDashboard(
    @Ctx() ctx: RequestContext,
    @Args('editionId', { type: () => ID }) editionId: string,
  ) {
    return this.dashboard.forEdition(ctx.em, editionId);
  }
}
