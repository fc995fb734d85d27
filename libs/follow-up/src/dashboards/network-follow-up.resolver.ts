import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CityFollowUpType, CityPageArgs, NetworkFollowUpType } from './dashboard.types';

/**
 * The network's cities come a page at a time: at 1,000 cities, answering every one took most of
 * the dashboard's time (10,000 fields to resolve and 170 kB to send, p95 175 ms against 121 ms
 * for 50), for a screen that shows a few dozen. Totals and the series still cover every city.
 */
@Resolver(() => NetworkFollowUpType)
export class NetworkFollowUpResolver {
  @ResolveField(() => [CityFollowUpType], {
    description:
      'A page of the cities: most overdue commitments first, then most stale, then by name.',
  })
  cities(@Parent() network: NetworkFollowUpType, @Args() page: CityPageArgs): CityFollowUpType[] {
    return network.everyCity.slice(page.offset, page.offset + page.first);
  }

  @ResolveField(() => Int, { description: 'How many cities the filter selects.' })
  cityCount(@Parent() network: NetworkFollowUpType): number {
    return network.everyCity.length;
  }
}
