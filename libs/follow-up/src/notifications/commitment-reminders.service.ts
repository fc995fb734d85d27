import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TransactionRunner } from '@inclusion/database';
import { pickLocale } from '@inclusion/i18n';
import { OutboxWriter, type CommitmentReminderItem } from '@inclusion/mail';
import type { Tenant } from '@inclusion/tenancy';
import { isDueSoon, isOverdue, isStale, type AttentionRules } from '../commitments/attention';
import { CommitmentStatus } from '../commitments/commitment-status';
import { Commitment } from '../commitments/commitment.entity';
import { FollowUpSettingsService } from '../settings/follow-up-settings.service';
import { claimDispatch } from './dispatch-claim';
import { queueInEachCity } from './each-city';
import { NotificationFrequency, NotificationKind } from './notification-kind';
import { NotificationPreferenceService } from './notification-preference.service';
import { periodOf } from './periods';
import { activeMembers } from './recipients';

const MAX_LISTED = 50;
const DAY_MS = 86_400_000;

const attentionOf = (
  c: Commitment,
  rules: AttentionRules,
): CommitmentReminderItem['attention'] | null =>
  isOverdue(c, rules)
    ? 'overdue'
    : isDueSoon(c, rules)
      ? 'due_soon'
      : isStale(c, rules)
        ? 'stale'
        : null;

/**
 * Reminds each owner, once per period of their choosing, of their commitments due soon, overdue
 * or stale, in one mail per city. One transaction per city, under its scope.
 */
@Injectable()
export class CommitmentRemindersService {
  private readonly logger = new Logger(CommitmentRemindersService.name);

  constructor(
    private readonly runner: TransactionRunner,
    private readonly outbox: OutboxWriter,
    private readonly preferences: NotificationPreferenceService,
    private readonly settings: FollowUpSettingsService,
  ) {}

  async queueDue(now = new Date()): Promise<number> {
    const queued = await queueInEachCity(this.runner, (em, tenant) =>
      this.forTenant(em, tenant, now),
    );
    if (queued) this.logger.log(`Queued ${queued} commitment reminder(s)`);
    return queued;
  }

  private async forTenant(em: EntityManager, tenant: Tenant, now: Date): Promise<number> {
    const rules = await this.settings.rules(em, tenant, now);
    const soon = new Date(Date.parse(`${rules.today}T00:00:00Z`) + rules.dueSoonDays * DAY_MS);
    const needing = await em.find(
      Commitment,
      {
        status: { $nin: [CommitmentStatus.Done, CommitmentStatus.Abandoned] },
        ownerId: { $ne: null },
        $or: [
          { dueDate: { $lte: soon.toISOString().slice(0, 10) } },
          { lastUpdateAt: { $lt: new Date(now.getTime() - rules.staleAfterDays * DAY_MS) } },
        ],
      },
      { orderBy: { dueDate: 'asc', id: 'asc' } },
    );
    const byOwner = new Map<string, Commitment[]>();
    for (const c of needing) byOwner.set(c.ownerId!, [...(byOwner.get(c.ownerId!) ?? []), c]);
    if (!byOwner.size) return 0;
    const owners = await activeMembers(em, { userIds: [...byOwner.keys()] });
    const frequencies = await this.preferences.frequencies(
      em,
      [...owners.keys()],
      NotificationKind.CommitmentReminders,
    );
    let queued = 0;
    for (const [ownerId, owner] of owners) {
      const frequency = frequencies.get(ownerId)!;
      if (frequency === NotificationFrequency.None) continue;
      const period = periodOf(frequency, now);
      const locale = pickLocale(owner.locale, tenant.defaultLocale);
      const commitments = byOwner
        .get(ownerId)!
        .flatMap((c) => {
          const attention = attentionOf(c, rules);
          return attention
            ? [
                {
                  title: c.title[locale],
                  dueDate: c.dueDate,
                  attention,
                  progress: c.progress,
                  lastUpdateOn: c.lastUpdateAt.toISOString().slice(0, 10),
                },
              ]
            : [];
        })
        .slice(0, MAX_LISTED);
      if (!commitments.length) continue;
      const claim = {
        userId: ownerId,
        kind: NotificationKind.CommitmentReminders,
        tenantId: tenant.id,
      };
      if (!(await claimDispatch(em, { ...claim, period: period.key }))) continue;
      this.outbox.queueMail(em, {
        tenantId: tenant.id,
        template: 'commitment-reminder',
        to: owner.email,
        locale,
        timeZone: tenant.timeZone,
        params: {
          displayName: owner.displayName,
          tenantName: tenant.name,
          validUntil: period.validUntil.toISOString(),
          commitments,
        },
      });
      queued += 1;
    }
    await em.flush();
    return queued;
  }
}
