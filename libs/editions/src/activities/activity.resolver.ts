import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArgs } from '@inclusion/graphql';
import { Access, Ctx, MemberType, loadMember, type RequestContext } from '@inclusion/identity';
import type { Activity } from './activity.entity';

/** An activity as a resolver receives it: managed, or a plain row (see readRows). */
type ActivityRead = Pick<Activity, 'id'>;
import { ActivityService } from './activity.service';
import {
  ActivityIdArgs,
  ActivityListArgs,
  ActivityType,
  RecordAttendanceInput,
  RegisterMemberInput,
  RegistrationType,
  ScheduleActivityInput,
  UpdateActivityInput,
} from './activity.types';
import type { Registration } from './registration.entity';
import { RegistrationService } from './registration.service';

@Resolver(() => ActivityType)
export class ActivityResolver {
  constructor(
    private readonly activityService: ActivityService,
    private readonly registrationService: RegistrationService,
  ) {}

  @Access.inTenant('read', 'Activity')
  @Query(() => [ActivityType], { description: "An edition's activities in time order." })
  activities(@Ctx() ctx: RequestContext, @Args() args: ActivityListArgs) {
    return this.activityService.list(ctx.em, args.editionId, args);
  }

  @Access.inTenant('read', 'Activity')
  @Query(() => ActivityType)
  activity(@Ctx() ctx: RequestContext, @Args() args: IdArgs) {
    return this.activityService.get(ctx.em, args.id);
  }

  @Access.inTenant('create', 'Activity')
  @Mutation(() => ActivityType)
  scheduleActivity(@Ctx() ctx: RequestContext, @Args('input') input: ScheduleActivityInput) {
    const { editionId, ...draft } = input;
    return this.activityService.schedule(ctx, editionId, draft);
  }

  @Access.inTenant('update', 'Activity')
  @Mutation(() => ActivityType)
  updateActivity(@Ctx() ctx: RequestContext, @Args('input') input: UpdateActivityInput) {
    const { id, ...draft } = input;
    return this.activityService.update(ctx, id, draft);
  }

  @Access.inTenant('update', 'Activity')
  @Mutation(() => ActivityType, { description: 'Cancels an activity; nothing is deleted.' })
  cancelActivity(@Ctx() ctx: RequestContext, @Args() args: IdArgs) {
    return this.activityService.cancel(ctx, args.id);
  }

  @Access.inTenant('register', 'Activity')
  @Mutation(() => RegistrationType, { description: 'Registers the caller.' })
  registerForActivity(@Ctx() ctx: RequestContext, @Args() args: ActivityIdArgs) {
    return this.registrationService.register(ctx, args.activityId);
  }

  @Access.inTenant('update', 'Activity')
  @Mutation(() => RegistrationType, { description: 'Registers a member of the city.' })
  registerMember(@Ctx() ctx: RequestContext, @Args('input') input: RegisterMemberInput) {
    return this.registrationService.register(ctx, input.activityId, input.membershipId);
  }

  @Access.inTenant('read', 'Activity')
  @Mutation(() => RegistrationType, { description: "Your own, or anyone's if you run activities." })
  cancelRegistration(@Ctx() ctx: RequestContext, @Args() args: IdArgs) {
    return this.registrationService.cancel(ctx, args.id);
  }

  @Access.inTenant('update', 'Activity')
  @Mutation(() => [RegistrationType], { description: 'Who came, and for how long.' })
  recordAttendance(@Ctx() ctx: RequestContext, @Args('input') input: RecordAttendanceInput) {
    return this.registrationService.recordAttendance(ctx, input.activityId, input.entries);
  }

  private registrationsOf(ctx: RequestContext, activity: ActivityRead) {
    return ctx
      .groupLoader(
        'activity-registrations',
        (ids) => this.registrationService.listFor(ctx.em, ids),
        (registration) => registration.activity.id,
      )
      .load(activity.id);
  }

  @ResolveField(() => Int, { description: 'Registrations not cancelled.' })
  async registeredCount(@Ctx() ctx: RequestContext, @Parent() activity: ActivityRead) {
    return (await this.registrationsOf(ctx, activity)).length;
  }

  @ResolveField(() => RegistrationType, { nullable: true, description: "The caller's own." })
  async myRegistration(@Ctx() ctx: RequestContext, @Parent() activity: ActivityRead) {
    const mine = ctx.membership?.id;
    return (
      (await this.registrationsOf(ctx, activity)).find((r) => r.membership.id === mine) ?? null
    );
  }

  /** Who registered is for the people running the activities only. */
  @ResolveField(() => [RegistrationType], {
    nullable: true,
    description: 'Null unless you run activities in this city.',
  })
  async registrations(@Ctx() ctx: RequestContext, @Parent() activity: ActivityRead) {
    if (!ctx.ability.can('update', 'Activity')) return null;
    return this.registrationsOf(ctx, activity);
  }
}

@Resolver(() => RegistrationType)
export class RegistrationResolver {
  @ResolveField(() => ID)
  membershipId(@Parent() registration: Registration): string {
    return registration.membership.id;
  }

  @ResolveField(() => MemberType)
  member(@Ctx() ctx: RequestContext, @Parent() registration: Registration) {
    return loadMember(ctx, registration.membership.id);
  }
}
