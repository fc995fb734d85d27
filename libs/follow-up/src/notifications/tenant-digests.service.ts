import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TransactionRunner } from '@inclusion/database';
import { pickLocale, type Locale } from '@inclusion/i18n';
import { MembershipRole } from '@inclusion/identity';
import { OutboxWriter } from '@inclusion/mail';
import type { Tenant } from '@inclusion/tenancy';
import { CommitmentStatus } from '../commitments/commitment-status';
import { Commitment } from '../commitments/commitment.entity';
import { figuresOf, sumRows, type FiguresRow } from '../dashboards/follow-up-figures';
import { AnswerDecision } from '../recommendations/answer-decision';
import { RecommendationStatus } from '../recommendations/recommendation-status';
import { Recommendation } from '../recommendations/recommendation.entity';
import { FollowUpSettingsService } from '../settings/follow-up-settings.service';
import { claimDispatch } from './dispatch-claim';
import { queueInEachCity } from './each-city';
import { NotificationFrequency, NotificationKind } from './notification-kind';
import { NotificationPreferenceService } from './notification-preference.service';
import { periodOf, type Period } from './periods';
import { activeMembers } from './recipients';

const EXAMPLES = 5;
const DAY_MS = 86_400_000;
const OPEN = { $nin: [CommitmentStatus.Done, CommitmentStatus.Abandoned] };

/**
 * Sums up a city's follow-up for its coordinators, weekly or monthly as each chooses: where its
 * commitments stand, what was updated over the last period, what is overdue or stale, which
 * recommendations still wait for an answer. A city with nothing to follow up gets no digest.
 */
@Injectable()
export class TenantDigestsService {
  private readonly logger = new Logger(TenantDigestsService.name);

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
    if (queued) this.logger.log(`Queued ${queued} follow-up digest(s)`);
    return queued;
  }

  private async forTenant(em: EntityManager, tenant: Tenant, now: Date): Promise<number> {
    const rows = await em.execute<FiguresRow[]>('select * from app_follow_up_figures(?::jsonb)', [
      JSON.stringify({ tenant: tenant.id }),
    ]);
    const figures = figuresOf(sumRows(rows, tenant.id));
    if (!figures.recommendations && !figures.commitments.total) return 0;
    const coordinators = await activeMembers(em, { role: MembershipRole.Coordinator });
    const frequencies = await this.preferences.frequencies(
      em,
      [...coordinators.keys()],
      NotificationKind.TenantDigest,
    );
    const rules = await this.settings.rules(em, tenant, now);
    const overdue = await em.find(
      Commitment,
      { parentId: null, status: OPEN, dueDate: { $lt: rules.today } },
      { orderBy: { dueDate: 'asc', id: 'asc' }, limit: EXAMPLES },
    );
    const stale = await em.find(
      Commitment,
      {
        parentId: null,
        status: OPEN,
        lastUpdateAt: { $lt: new Date(now.getTime() - rules.staleAfterDays * DAY_MS) },
      },
      { orderBy: { lastUpdateAt: 'asc', id: 'asc' }, limit: EXAMPLES },
    );
    const awaitingAnswer = await em.count(Recommendation, {
      status: RecommendationStatus.Submitted,
      $or: [{ answer: null }, { answer: AnswerDecision.UnderStudy }],
    });
    const updatesIn = new Map<string, Promise<number>>();
    const updatesDuring = (period: Period) => {
      if (!updatesIn.has(period.key)) updatesIn.set(period.key, this.updatesDuring(em, period));
      return updatesIn.get(period.key)!;
    };
    let queued = 0;
    for (const [userId, coordinator] of coordinators) {
      const frequency = frequencies.get(userId)!;
      if (frequency === NotificationFrequency.None) continue;
      const period = periodOf(frequency, now);
      const claim = { userId, kind: NotificationKind.TenantDigest, tenantId: tenant.id };
      if (!(await claimDispatch(em, { ...claim, period: period.key }))) continue;
      const locale: Locale = pickLocale(coordinator.locale, tenant.defaultLocale);
      this.outbox.queueMail(em, {
        tenantId: tenant.id,
        template: 'follow-up-digest',
        to: coordinator.email,
        locale,
        timeZone: tenant.timeZone,
        params: {
          displayName: coordinator.displayName,
          tenantName: tenant.name,
          frequency,
          periodStart: period.covers.start,
          periodEnd: period.covers.end,
          validUntil: period.validUntil.toISOString(),
          commitments: figures.commitments,
          averageProgress: figures.averageProgress,
          updatesInPeriod: await updatesDuring(period),
          awaitingAnswer,
          overdue: {
            count: figures.overdue,
            examples: overdue.map((c) => ({ title: c.title[locale], dueDate: c.dueDate })),
          },
          stale: {
            count: figures.stale,
            examples: stale.map((c) => ({
              title: c.title[locale],
              lastUpdateOn: c.lastUpdateAt.toISOString().slice(0, 10),
            })),
          },
        },
      });
      queued += 1;
    }
    await em.flush();
    return queued;
  }

  /**
   * Progress updates people recorded over the period the digest covers (not roll-ups), of this
   * city alone: row-level security also lets anyone read other cities' published histories.
   */
  private async updatesDuring(em: EntityManager, period: Period): Promise<number> {
    const [row] = await em.execute<{ count: number }[]>(
      `select count(*)::int as count from commitment_update
        where tenant_id = app_current_tenant() and not rolled_up
          and created_at >= ?::date and created_at < ?::date + 1`,
      [period.covers.start, period.covers.end],
    );
    return row.count;
  }
}
