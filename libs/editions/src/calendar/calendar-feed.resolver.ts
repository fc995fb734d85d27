import { Args, Field, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { IdArgs } from '@inclusion/graphql';
import { Access, Ctx, type RequestContext } from '@inclusion/identity';
import { CalendarFeedService } from './calendar-feed.service';

@ObjectType('CalendarFeed')
class CalendarFeedType {
  @Field(() => String, { description: 'Subscribe to it in any calendar app; keep it private.' })
  url!: string;
}

@Resolver()
export class CalendarFeedResolver {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Access.inTenant('update', 'Edition')
  @Mutation(() => CalendarFeedType, {
    description: "A new secret URL for the edition's calendar; the previous one stops working.",
  })
  async renewCalendarFeed(@Ctx() ctx: RequestContext, @Args() args: IdArgs) {
    return { url: await this.feeds.rotate(ctx, args.id) };
  }
}
