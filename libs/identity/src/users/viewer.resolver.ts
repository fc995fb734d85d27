import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../access/access-policy.decorator';
import { Ctx } from '../access/context.decorator';
import type { RequestContext } from '../access/request-context';
import { MembershipType, UpdateProfileInput, ViewerType } from '../identity.types';
import { MembershipService } from '../memberships/membership.service';
import { PlatformRole, User, type UserRow } from './user.entity';

@Resolver(() => ViewerType)
export class ViewerResolver {
  constructor(private readonly service: MembershipService) {}

  @Access.signedIn()
  @Query(() => ViewerType, { description: 'The signed-in person and their memberships.' })
  me(@Ctx() ctx: RequestContext): UserRow {
    return ctx.requireActor().user;
  }

  @Access.signedIn()
  @Mutation(() => ViewerType)
  async updateMyProfile(@Ctx() ctx: RequestContext, @Args('input') input: UpdateProfileInput) {
    const user = await ctx.em.findOneOrFail(User, ctx.requireActor().user.id);
    if (input.displayName?.trim()) user.displayName = input.displayName.trim();
    if (input.locale) user.locale = input.locale;
    await ctx.em.flush();
    ctx.affect(user.id);
    return user;
  }

  @ResolveField(() => Boolean)
  isNetworkOperator(@Parent() user: UserRow): boolean {
    return user.platformRole === PlatformRole.NetworkOperator;
  }

  /** Only ever resolved for the viewer: nobody lists another person's tenants. */
  @ResolveField(() => [MembershipType])
  memberships(@Ctx() ctx: RequestContext, @Parent() user: UserRow) {
    return this.service.mine(ctx.em, user.id);
  }
}
