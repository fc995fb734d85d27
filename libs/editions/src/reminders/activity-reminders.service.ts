import { Injectable, Logger } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { TransactionRunner } from '@inclusion/database';
import { pickLocale } from '@inclusion/i18n';
import { MembershipStatus, UserStatus } from '@inclusion/identity';
import { OutboxWriter } from '@inclusion/mail';
import { Tenant, TenantStatus } from '@inclusion/tenancy';
import { Registration } from '../activities/registration.entity';
import { REGISTRATION_RELEVANCE } from './registration-relevance.check';

/** How long before an activity its registered people get a reminder. */
export const REMINDER_LEAD_HOURS = 24;

/**
 * Queues a reminder mail for each registration whose activity starts within the lead time, once.
 * One transaction per tenant, under its scope; rows another worker is handling are skipped, so
 * several workers never remind twice.
 */
@Injectable()
export class ActivityRemindersService {
  private readonly logger = new Logger(ActivityRemindersService.name);

  constructor(
    private readonly runner: TransactionRunner,
    private readonly outbox: OutboxWriter,
  ) {}

  async queueDue(now = new Date()): Promise<number> {
    const tenants = await this.runner.run({}, (em) =>
      em.find(Tenant, { status: { $ne: TenantStatus.Archived } }),
    );
    let queued = 0;
    for (const tenant of tenants) {
      queued += await this.runner.run({ tenantId: tenant.id }, async (em) => {
        const due = await em.find(
          Registration,
          {
            cancelledAt: null,
            reminderSentAt: null,
            // People removed from the city, or whose account is disabled, get no more mail.
            membership: { status: MembershipStatus.Active, user: { status: UserStatus.Active } },
            activity: {
              cancelledAt: null,
              startsAt: {
                $gt: now,
                $lte: new Date(now.getTime() + REMINDER_LEAD_HOURS * 3600_000),
              },
            },
          },
          {
            populate: ['activity', 'membership.user'],
            lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE,
            lockTableAliases: ['r0'],
          },
        );
        for (const registration of due) {
          const { activity } = registration;
          const user = registration.membership.user;
          this.outbox.queueMail(em, {
            tenantId: tenant.id,
            template: 'activity-reminder',
            to: user.email,
            locale: pickLocale(user.locale, tenant.defaultLocale),
            timeZone: tenant.timeZone,
            params: {
              displayName: user.displayName,
              tenantName: tenant.name,
              activityTitle: activity.title,
              startsAt: activity.startsAt.toISOString(),
              durationMinutes: activity.durationMinutes,
              place: activity.place ?? null,
              onlineUrl: activity.onlineUrl ?? null,
              languages: activity.languages,
              interpretation: activity.interpretationLanguages,
            },
            relevance: { kind: REGISTRATION_RELEVANCE, id: registration.id },
          });
          registration.reminderSentAt = now;
        }
        await em.flush();
        return due.length;
      });
    }
    if (queued) this.logger.log(`Queued ${queued} activity reminder(s)`);
    return queued;
  }
}
