import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Ctx, type RequestContext } from '@inclusion/identity';
import { FollowUpSettingsInput, FollowUpSettingsType } from '../commitments/commitment.types';
import { FollowUpSettingsService } from './follow-up-settings.service';

@Resolver(() => FollowUpSettingsType)
export class FollowUpSettingsResolver {
  constructor(private readonly settings: FollowUpSettingsService) {}

  @Access.inTenant('read', 'FollowUp')
  @Query(() => FollowUpSettingsType, { description: 'How the city follows up its commitments.' })
  followUpSettings(@Ctx() ctx: RequestContext) {
    return this.settings.of(ctx.em, ctx.requireTenant().id);
  }

  @Access.inTenant('update', 'FollowUp')
  @Mutation(() => FollowUpSettingsType)
  updateFollowUpSettings(@Ctx() ctx: RequestContext, @Args('input') input: FollowUpSettingsInput) {
    return this.settings.update(ctx.em, ctx.requireTenant().id, input);
  }
}
