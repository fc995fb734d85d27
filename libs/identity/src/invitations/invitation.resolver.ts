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
import { IsBoolean, IsOptional } from 'class-validator';
import { ConnectionType, IdArgs, PageArgs, toConnection } from '@inclusion/graphql';
import { Access } from '../access/access-policy.decorator';
import { Ctx } from '../access/context.decorator';
import type { RequestContext } from '../access/request-context';
import { toAuthPayload } from '../auth/auth.resolver';
import {
  AcceptInvitationInput,
  AuthPayloadType,
  InvitationState,
  InvitationStateEnum,
  InvitationType,
  InviteMemberInput,
} from '../identity.types';
import { Invitation } from './invitation.entity';
import { InvitationService } from './invitation.service';

const InvitationConnection = ConnectionType(InvitationType, 'Invitation');

@ArgsType()
class InvitationListArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only those still waiting for an answer.' })
  @IsOptional()
  @IsBoolean()
  pending?: boolean | null;
}

@Resolver(() => InvitationType)
export class InvitationResolver {
  constructor(private readonly service: InvitationService) {}

  @Access.inTenant('read', 'Invitation')
  @Query(() => InvitationConnection)
  async invitations(@Ctx() ctx: RequestContext, @Args() args: InvitationListArgs) {
    const page = await this.service.list(ctx.em, args.pending, args);
    return toConnection(page, (invitation) => invitation);
  }

  @Access.inTenant('create', 'Invitation')
  @Mutation(() => InvitationType, { description: 'Invites a person by email into this tenant.' })
  inviteMember(@Ctx() ctx: RequestContext, @Args('input') input: InviteMemberInput) {
    return this.service.invite(ctx, ctx.requireTenant(), input);
  }

  @Access.inTenant('update', 'Invitation')
  @Mutation(() => InvitationType, {
    description: 'Sends a fresh link; the previous one stops working.',
  })
  resendInvitation(@Ctx() ctx: RequestContext, @Args() args: IdArgs) {
    return this.service.resend(ctx, ctx.requireTenant(), args.id);
  }

  @Access.inTenant('revoke', 'Invitation')
  @Mutation(() => InvitationType)
  revokeInvitation(@Ctx() ctx: RequestContext, @Args() args: IdArgs) {
    return this.service.revoke(ctx, args.id);
  }

  @Access.public()
  @Mutation(() => AuthPayloadType, {
    description: 'Accepts an emailed invitation (setting a first password if needed) and signs in.',
  })
  async acceptInvitation(@Ctx() ctx: RequestContext, @Args('input') input: AcceptInvitationInput) {
    return toAuthPayload(await this.service.accept(ctx, input.token, input));
  }

  @ResolveField(() => InvitationStateEnum)
  state(@Parent() invitation: Invitation): InvitationState {
    if (invitation.acceptedAt) return InvitationState.Accepted;
    if (invitation.revokedAt) return InvitationState.Revoked;
    if (invitation.expiresAt <= new Date()) return InvitationState.Expired;
    return InvitationState.Pending;
  }
}
