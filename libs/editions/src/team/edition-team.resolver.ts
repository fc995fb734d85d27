import {
  Args,
  Field,
  ID,
  InputType,
  Mutation,
  Parent,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { Access, Ctx, MemberType, loadMember, type RequestContext } from '@inclusion/identity';
import { EditionType } from '../editions.types';
import type { Edition } from '../editions/edition.entity';
import { EditionTeamService } from './edition-team.service';

@InputType()
export class EditionFacilitatorInput {
  @Field(() => ID) @IsUUID() editionId!: string;
  @Field(() => ID) @IsUUID() membershipId!: string;
}

@Resolver(() => EditionType)
export class EditionTeamResolver {
  constructor(private readonly team: EditionTeamService) {}

  @Access.inTenant('update', 'Edition')
  @Mutation(() => EditionType, {
    description:
      "Puts a facilitator on the team running the edition: they read its participants' data.",
  })
  assignEditionFacilitator(
    @Ctx() ctx: RequestContext,
    @Args('input') input: EditionFacilitatorInput,
  ) {
    return this.team.assign(ctx, input.editionId, input.membershipId);
  }

  @Access.inTenant('update', 'Edition')
  @Mutation(() => EditionType)
  removeEditionFacilitator(
    @Ctx() ctx: RequestContext,
    @Args('input') input: EditionFacilitatorInput,
  ) {
    return this.team.remove(ctx, input.editionId, input.membershipId);
  }

  @ResolveField(() => [MemberType], {
    description:
      "The facilitators on the edition's team; the city's coordinators run every edition.",
  })
  async facilitators(@Ctx() ctx: RequestContext, @Parent() edition: Edition) {
    const assigned = await ctx
      .groupLoader(
        'edition-facilitators',
        (ids) => this.team.facilitatorsOf(ctx, ids),
        (row) => row.edition.id,
      )
      .load(edition.id);
    const members = await Promise.all(assigned.map((row) => loadMember(ctx, row.membership.id)));
    return members.filter((member) => member !== null);
  }
}
