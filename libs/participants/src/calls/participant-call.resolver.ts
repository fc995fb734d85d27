import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArgs } from '@inclusion/graphql';
import { Access, Ctx, type RequestContext } from '@inclusion/identity';
import { Tenant } from '@inclusion/tenancy';
import type { ParticipantCall } from './participant-call.entity';
import { ParticipantCallService } from './participant-call.service';
import {
  CallStateEnum,
  CreateParticipantCallInput,
  ParticipantCallType,
  UpdateParticipantCallInput,
} from './participant-call.types';

const tenantOf = (ctx: RequestContext, call: ParticipantCall) =>
  ctx
    .loader(
      'tenant',
      (ids) => ctx.em.find(Tenant, { id: { $in: [...ids] } }),
      (tenant) => tenant.id,
    )
    .load(call.tenantId);

@Resolver(() => ParticipantCallType)
export class ParticipantCallResolver {
  constructor(private readonly calls: ParticipantCallService) {}

  @Access.inTenant('read', 'ParticipantCall')
  @Query(() => [ParticipantCallType], { description: "An edition's calls, drafts included." })
  participantCalls(
    @Ctx() ctx: RequestContext,
    @Args('editionId', { type: () => ID }) editionId: string,
  ) {
    return this.calls.forEdition(ctx.em, editionId);
  }

  @Access.public()
  @Query(() => ParticipantCallType, {
    description: 'A published call, for its public application form; no sign-in needed.',
  })
  async publishedCall(@Ctx() ctx: RequestContext, @Args() args: IdArgs) {
    return (await this.calls.published(ctx.em, args.id)).call;
  }

  @Access.public()
  @Query(() => [ParticipantCallType], {
    description: "A city's published calls, by its slug, newest first; no sign-in needed.",
  })
  openCalls(@Ctx() ctx: RequestContext, @Args('city') city: string) {
    return this.calls.publishedIn(ctx.em, city);
  }

  @Access.inTenant('create', 'ParticipantCall')
  @Mutation(() => ParticipantCallType, { description: 'Drafts the call for one cohort.' })
  createParticipantCall(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateParticipantCallInput,
  ) {
    const { editionId, cohort, ...draft } = input;
    return this.calls.create(ctx, editionId, cohort, draft);
  }

  @Access.inTenant('update', 'ParticipantCall')
  @Mutation(() => ParticipantCallType)
  updateParticipantCall(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateParticipantCallInput,
  ) {
    const { id, ...draft } = input;
    return this.calls.update(ctx, id, draft);
  }

  @Access.inTenant('update', 'ParticipantCall')
  @Mutation(() => ParticipantCallType, {
    description: 'Makes the call public; applications are taken between its dates.',
  })
  publishParticipantCall(@Ctx() ctx: RequestContext, @Args() args: IdArgs) {
    return this.calls.publish(ctx, args.id);
  }

  @ResolveField(() => CallStateEnum, { description: 'Where the call stands today, in its city.' })
  async state(@Ctx() ctx: RequestContext, @Parent() call: ParticipantCall) {
    const tenant = await tenantOf(ctx, call);
    return this.calls.state(call, tenant?.timeZone ?? 'UTC');
  }

  @ResolveField(() => String, { description: 'The city that runs it.' })
  async cityName(@Ctx() ctx: RequestContext, @Parent() call: ParticipantCall) {
    return (await tenantOf(ctx, call))?.name ?? '';
  }
}
