import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArgs } from '@inclusion/graphql';
import { Access, Ctx, loadMember, type RequestContext } from '@inclusion/identity';
import { Tenant } from '@inclusion/tenancy';
import { PartnershipSideEnum } from './partnership-status';
import type { Partnership } from './partnership.entity';
import { PartnershipService } from './partnership.service';
import {
  PartnershipCityType,
  PartnershipMemberType,
  PartnershipType,
  ProposePartnershipInput,
  RespondToPartnershipArgs,
  SetPartnershipMembersArgs,
} from './partnership.types';

/** A city by id, batched with every other of the same operation (a list of partnerships). */
const cityOf = (ctx: RequestContext, id: string) =>
  ctx
    .loader(
      'partnership-city',
      (ids) => ctx.em.find(Tenant, { id: { $in: [...ids] } }),
      (tenant) => tenant.id,
    )
    .load(id);

@Resolver(() => PartnershipType)
export class PartnershipResolver {
  constructor(private readonly service: PartnershipService) {}

  @Access.networkOperator()
  @Mutation(() => PartnershipType, {
    description: 'Pairs a mentor city with a learner city; each city’s coordinator then accepts.',
  })
  proposePartnership(@Ctx() ctx: RequestContext, @Args('input') input: ProposePartnershipInput) {
    return this.service.propose(ctx, input);
  }

  @Access.networkOperator()
  @Query(() => [PartnershipType], { description: 'Every partnership of the network.' })
  networkPartnerships(@Ctx() ctx: RequestContext) {
    return this.service.list(ctx);
  }

  @Access.networkOperator()
  @Mutation(() => PartnershipType, { description: 'Ends an active partnership; its records stay.' })
  closePartnership(@Ctx() ctx: RequestContext, @Args() args: IdArgs) {
    return this.service.close(ctx, args.id);
  }

  @Access.inTenant('read', 'Partnership')
  @Query(() => [PartnershipType], {
    description: 'Your city’s partnerships, as mentor or learner.',
  })
  partnerships(@Ctx() ctx: RequestContext) {
    return this.service.list(ctx);
  }

  @Access.inTenant('read', 'Partnership')
  @Query(() => PartnershipType)
  partnership(@Ctx() ctx: RequestContext, @Args() args: IdArgs) {
    return this.service.get(ctx, args.id);
  }

  @Access.inTenant('update', 'Partnership')
  @Mutation(() => PartnershipType, { description: 'Your city accepts or declines a proposal.' })
  respondToPartnership(@Ctx() ctx: RequestContext, @Args() args: RespondToPartnershipArgs) {
    return this.service.respond(ctx, args.id, args.accept);
  }

  @Access.inTenant('update', 'Partnership')
  @Mutation(() => PartnershipType)
  setPartnershipMembers(@Ctx() ctx: RequestContext, @Args() args: SetPartnershipMembersArgs) {
    return this.service.setMembers(ctx, args.id, args.membershipIds);
  }

  @ResolveField(() => PartnershipCityType)
  mentorCity(@Ctx() ctx: RequestContext, @Parent() partnership: Partnership) {
    return cityOf(ctx, partnership.mentorTenantId);
  }

  @ResolveField(() => PartnershipCityType)
  learnerCity(@Ctx() ctx: RequestContext, @Parent() partnership: Partnership) {
    return cityOf(ctx, partnership.tenantId);
  }

  @ResolveField(() => PartnershipSideEnum, {
    nullable: true,
    description: 'Your city’s side; null for the network operator.',
  })
  mySide(@Ctx() ctx: RequestContext, @Parent() partnership: Partnership) {
    return this.service.sideOf(ctx, partnership);
  }

  @ResolveField(() => [PartnershipMemberType], {
    description: 'Your city’s members in the pair (the other city keeps its own list).',
  })
  async members(@Ctx() ctx: RequestContext, @Parent() partnership: Partnership) {
    if (!ctx.tenant) return [];
    const rows = await this.service.members(ctx.em, partnership.id, ctx.tenant.id);
    return Promise.all(
      rows.map(async (row) => ({
        membershipId: row.membershipId,
        side: row.side,
        displayName: (await loadMember(ctx, row.membershipId))?.displayName ?? null,
      })),
    );
  }
}
