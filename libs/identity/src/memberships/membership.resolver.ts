import {
  Args,
  ArgsType,
  Field,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { ConnectionType, IdArgs, PageArgs, toConnection } from '@inclusion/graphql';
import { Tenant, TenantType } from '@inclusion/tenancy';
import { Access } from '../access/access-policy.decorator';
import { Ctx } from '../access/context.decorator';
import type { RequestContext } from '../access/request-context';
import {
  MemberType,
  MembershipStatusEnum,
  MembershipType,
  UpdateMembershipRolesInput,
} from '../identity.types';
import { loadUser } from '../users/user.loader';
import { Membership, MembershipStatus } from './membership.entity';
import { MembershipService } from './membership.service';

const MembershipConnection = ConnectionType(MembershipType, 'Membership');

@ArgsType()
class MembershipListArgs extends PageArgs {
  @Field(() => MembershipStatusEnum, { nullable: true })
  @IsOptional()
  @IsEnum(MembershipStatus)
  status?: MembershipStatus | null;
}

@Resolver(() => MembershipType)
export class MembershipResolver {
  constructor(private readonly service: MembershipService) {}

  @Access.inTenant('read', 'Membership')
  @Query(() => MembershipConnection, { description: 'Members of the tenant named by X-Tenant.' })
  async memberships(@Ctx() ctx: RequestContext, @Args() args: MembershipListArgs) {
    const page = await this.service.list(ctx.em, args.status, args);
    return toConnection(page, (membership) => membership);
  }

  @Access.inTenant('read', 'Membership')
  @Query(() => MembershipType)
  membership(@Ctx() ctx: RequestContext, @Args() args: IdArgs) {
    return this.service.get(ctx.em, args.id);
  }

  @Access.inTenant('update', 'Membership')
  @Mutation(() => MembershipType)
  updateMembershipRoles(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateMembershipRolesInput,
  ) {
    return this.service.updateRoles(ctx, input.membershipId, input.roles);
  }

  @Access.inTenant('revoke', 'Membership')
  @Mutation(() => MembershipType, {
    description: 'Removes a person from the tenant; nothing is deleted.',
  })
  revokeMembership(@Ctx() ctx: RequestContext, @Args() args: IdArgs) {
    return this.service.revoke(ctx, args.id);
  }

  @ResolveField(() => MemberType)
  user(@Ctx() ctx: RequestContext, @Parent() membership: Membership) {
    return loadUser(ctx, membership.user.id);
  }

  @ResolveField(() => TenantType)
  tenant(@Ctx() ctx: RequestContext, @Parent() membership: Membership) {
    return ctx
      .loader(
        'tenant',
        (ids) => ctx.em.find(Tenant, { id: { $in: [...ids] } }),
        (tenant) => tenant.id,
      )
      .load(membership.tenantId);
  }
}
