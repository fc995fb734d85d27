import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionType, IdArgs, toConnection } from '@inclusion/graphql';
import { Access, Ctx, MemberType, loadUser, type RequestContext } from '@inclusion/identity';
import { ParticipantCall } from '../calls/participant-call.entity';
import { ParticipantCallType } from '../calls/participant-call.types';
import type { ApplicationDecision } from './application-decision.entity';
import type { Application } from './application.entity';
import { ApplicationService } from './application.service';
import {
  ApplicationDecisionType,
  ApplicationReceiptType,
  ApplicationsArgs,
  ApplicationType,
  ApplyToCallInput,
  DecideApplicationInput,
  EligibilityType,
  WithdrawApplicationInput,
} from './application.types';
import { PublicApplicationService } from './public-application.service';

const ApplicationConnection = ConnectionType(ApplicationType, 'Application');

@Resolver(() => ApplicationType)
export class ApplicationResolver {
  constructor(
    private readonly service: ApplicationService,
    private readonly publicApplications: PublicApplicationService,
  ) {}

  @Access.public()
  @Mutation(() => ApplicationReceiptType, {
    description:
      'Applies to a published, open call without an account. Throttled per address and per email.',
  })
  applyToCall(@Ctx() ctx: RequestContext, @Args('input') input: ApplyToCallInput) {
    return this.publicApplications.apply(ctx, input);
  }

  @Access.inTenant('read', 'Application')
  @Query(() => ApplicationConnection, {
    description: "An edition's applications, newest first, for the team running it.",
  })
  async applications(@Ctx() ctx: RequestContext, @Args() args: ApplicationsArgs) {
    return toConnection(await this.service.list(ctx.em, args.filter, args), (row) => row);
  }

  @Access.inTenant('read', 'Application')
  @Query(() => ApplicationType)
  application(@Ctx() ctx: RequestContext, @Args() args: IdArgs) {
    return this.service.get(ctx.em, args.id);
  }

  @Access.inTenant('read', 'Tenant')
  @Query(() => [ApplicationType], {
    description: 'Your own applications in this city, with everything you told about yourself.',
  })
  myApplications(@Ctx() ctx: RequestContext) {
    return this.service.mine(ctx);
  }

  @Access.inTenant('update', 'Application')
  @Mutation(() => ApplicationType, {
    description:
      'Moves an application along the selection, with a reason. Selecting invites the person.',
  })
  decideApplication(@Ctx() ctx: RequestContext, @Args('input') input: DecideApplicationInput) {
    return this.service.decide(ctx, input.id, input.status, input.reason);
  }

  @Access.inTenant('read', 'Tenant')
  @Mutation(() => ApplicationType, { description: 'Withdraws your own application.' })
  withdrawMyApplication(
    @Ctx() ctx: RequestContext,
    @Args('input') input: WithdrawApplicationInput,
  ) {
    return this.service.withdrawMine(ctx, input.id, input.reason);
  }

  @ResolveField(() => ParticipantCallType)
  call(@Ctx() ctx: RequestContext, @Parent() application: Application) {
    return ctx
      .loader(
        'participant-call',
        (ids) => ctx.em.find(ParticipantCall, { id: { $in: [...ids] } }),
        (call) => call.id,
      )
      .load(application.call.id);
  }

  @ResolveField(() => EligibilityType, {
    description: "The automatic check against the call's rules.",
  })
  eligibility(@Ctx() ctx: RequestContext, @Parent() application: Application) {
    return {
      eligible: application.eligibility.eligible,
      checks: application.eligibility.checks.map((check) => ({
        rule: check.rule,
        met: check.met,
        reason: check.reason[ctx.locale],
      })),
    };
  }

  @ResolveField(() => [ApplicationDecisionType])
  decisions(@Ctx() ctx: RequestContext, @Parent() application: Application) {
    return ctx
      .groupLoader(
        'application-decisions',
        (ids) => this.service.decisionsOf(ctx.em, ids),
        (decision) => decision.application.id,
      )
      .load(application.id);
  }
}

@Resolver(() => ApplicationDecisionType)
export class ApplicationDecisionResolver {
  @ResolveField(() => MemberType, { nullable: true })
  decidedBy(@Ctx() ctx: RequestContext, @Parent() decision: ApplicationDecision) {
    return decision.decidedById ? loadUser(ctx, decision.decidedById) : null;
  }
}
