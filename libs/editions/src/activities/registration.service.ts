import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { forbidden } from '@inclusion/graphql';
import { Membership, MembershipStatus, type RequestContext } from '@inclusion/identity';
import {
  activityCancelled,
  activityFull,
  memberNotFound,
  registrationNotFound,
} from '../editions.errors';
import type { Activity } from './activity.entity';
import { ActivityService } from './activity.service';
import { Registration } from './registration.entity';

export interface AttendanceEntry {
  membershipId: string;
  attended: boolean;
  /** Defaults to the whole activity when attended. */
  minutes?: number | null;
}

@Injectable()
export class RegistrationService {
  constructor(private readonly activities: ActivityService) {}

  /** Registers a member (the caller when none is named); registering again is harmless. */
  async register(ctx: RequestContext, activityId: string, membershipId?: string | null) {
    const em = ctx.em;
    const activity = await this.activities.get(em, activityId, { forUpdate: true });
    if (activity.cancelledAt) throw activityCancelled();
    const membership = await this.activeMembership(ctx, membershipId);
    const existing = await em.findOne(Registration, { activity, membership });
    if (existing && !existing.cancelledAt) return existing;
    await this.assertRoom(em, activity);
    const registration =
      existing ?? em.create(Registration, { tenantId: activity.tenantId, activity, membership });
    registration.cancelledAt = null;
    await em.flush();
    return registration;
  }

  /** People cancel their own registration; those who manage activities cancel anyone's. */
  async cancel(ctx: RequestContext, id: string): Promise<Registration> {
    const registration = await ctx.em.findOne(Registration, { id });
    if (!registration) throw registrationNotFound();
    const own = registration.membership.id === ctx.membership?.id;
    if (!own && !ctx.ability.can('update', 'Activity')) throw forbidden();
    registration.cancelledAt ??= new Date();
    await ctx.em.flush();
    return registration;
  }

  /** Who came, and for how long: attendance also registers whoever came unregistered. */
  async recordAttendance(ctx: RequestContext, activityId: string, entries: AttendanceEntry[]) {
    const em = ctx.em;
    const activity = await this.activities.get(em, activityId);
    const registrations: Registration[] = [];
    for (const entry of entries) {
      const membership = await this.activeMembership(ctx, entry.membershipId);
      const registration =
        (await em.findOne(Registration, { activity, membership })) ??
        em.create(Registration, { tenantId: activity.tenantId, activity, membership });
      registration.attended = entry.attended;
      registration.attendedMinutes = entry.attended
        ? Math.min(entry.minutes ?? activity.durationMinutes, activity.durationMinutes)
        : 0;
      registrations.push(registration);
    }
    await em.flush();
    return registrations;
  }

  listFor(em: EntityManager, activityIds: readonly string[]) {
    return em.find(
      Registration,
      { activity: { $in: [...activityIds] }, cancelledAt: null },
      { orderBy: { createdAt: 'asc' } },
    );
  }

  private async activeMembership(ctx: RequestContext, membershipId?: string | null) {
    const id = membershipId ?? ctx.membership?.id;
    const membership = id
      ? await ctx.em.findOne(Membership, { id, status: MembershipStatus.Active })
      : null;
    if (!membership) throw memberNotFound();
    return membership;
  }

  private async assertRoom(em: EntityManager, activity: Activity) {
    if (!activity.capacity) return;
    const taken = await em.count(Registration, { activity, cancelledAt: null });
    if (taken >= activity.capacity) throw activityFull();
  }
}
