import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Ctx, type RequestContext } from '@inclusion/identity';
import { NotificationPreferenceService } from './notification-preference.service';
import {
  NotificationPreferenceType,
  SetNotificationPreferenceArgs,
} from './notification-preference.types';

@Resolver(() => NotificationPreferenceType)
export class NotificationPreferenceResolver {
  constructor(private readonly preferences: NotificationPreferenceService) {}

  @Access.signedIn()
  @Query(() => [NotificationPreferenceType], {
    description:
      'Your choice for each kind of follow-up mail: reminders of the commitments you own, the ' +
      'city’s digest (coordinators), the network’s summary (network operators).',
  })
  myNotificationPreferences(@Ctx() ctx: RequestContext) {
    return this.preferences.of(ctx.em, ctx.requireActor().user.id);
  }

  @Access.signedIn()
  @Mutation(() => [NotificationPreferenceType], {
    description: 'NONE stops that kind of mail; WEEKLY or MONTHLY sets its rhythm.',
  })
  setNotificationPreference(
    @Ctx() ctx: RequestContext,
    @Args() args: SetNotificationPreferenceArgs,
  ) {
    return this.preferences.set(ctx.em, ctx.requireActor().user.id, args.kind, args.frequency);
  }
}
