import { Args, Query, Resolver } from '@nestjs/graphql';
import { Access, Ctx, type RequestContext } from '@inclusion/identity';
import {
  FollowUpDashboardArgs,
  FollowUpDashboardType,
  NetworkFollowUpArgs,
  NetworkFollowUpType,
} from './dashboard.types';
import { NetworkDashboardService } from './network-dashboard.service';
import { TenantDashboardService } from './tenant-dashboard.service';

@Resolver()
export class DashboardResolver {
  constructor(
    private readonly tenantDashboard: TenantDashboardService,
    private readonly networkDashboard: NetworkDashboardService,
  ) {}

  @Access.inTenant('read', 'FollowUp')
  @Query(() => FollowUpDashboardType, {
    description:
      'The city’s follow-up: counts by status and theme, share done, overdue and stale ' +
      'commitments, progress over time. A period selects the commitments due within it.',
  })
  followUpDashboard(@Ctx() ctx: RequestContext, @Args() args: FollowUpDashboardArgs) {
    return this.tenantDashboard.dashboard(ctx.em, ctx.requireTenant(), args);
  }

  @Access.networkOperator()
  @Query(() => NetworkFollowUpType, {
    description:
      'Every city’s follow-up, for the network operator: figures per city and in total, and ' +
      'progress over time. Filters: country, methodology, the year editions started, theme, ' +
      'and a period (commitments due within it, recommendations submitted within it).',
  })
  networkFollowUp(@Ctx() ctx: RequestContext, @Args() args: NetworkFollowUpArgs) {
    return this.networkDashboard.dashboard(ctx.em, args);
  }
}
