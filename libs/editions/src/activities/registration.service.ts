import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { forbidden } from '@inclusion/graphql';
import { Membership, MembershipStatus, type RequestContext } from '@inclusion/identity';
import {
  activityCancelled,
  activityPast,
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
    if (activity.startsAt <= new Date()) throw activityPast();
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

  /**
   * Who came, and for how long: attendance also registers whoever came unregistered, and undoes
   * a cancellation for someone who came after all. Two queries whatever the number of entries.
   */
  async recordAttendance(ctx: RequestContext, activityId: string, entries: AttendanceEntry[]) {
    const em = ctx.em;
    const activity = await this.activities.get(em, activityId);
    const ids = [...new Set(entries.map((entry) => entry.membershipId))];
    const memberships = await em.find(Membership, {
      id: { $in: ids },
      status: MembershipStatus.Active,
    });
    if (memberships.length !== ids.length) throw memberNotFound();
    const existing = await em.find(Registration, { activity, membership: { $in: memberships } });
    const byMembership = new Map(existing.map((r) => [r.membership.id, r]));
    const registrations = entries.map((entry) => {
      const registration =
        byMembership.get(entry.membershipId) ??
        em.create(Registration, {
          tenantId: activity.tenantId,
          activity,
          membership: memberships.find((m) => m.id === entry.membershipId)!,
        });
      byMembership.set(entry.membershipId, registration);
      registration.attended = entry.attended;
      registration.attendedMinutes = entry.attended
        ? Math.min(entry.minutes ?? activity.durationMinutes, activity.durationMinutes)
        : 0;
      if (entry.attended) registration.cancelledAt = null;
      return registration;
    });
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
