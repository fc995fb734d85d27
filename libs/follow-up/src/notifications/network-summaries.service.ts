import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TransactionRunner } from '@inclusion/database';
import { pickLocale } from '@inclusion/i18n';
import { PlatformRole, User, UserStatus } from '@inclusion/identity';
import { OutboxWriter } from '@inclusion/mail';
import { Tenant } from '@inclusion/tenancy';
import { figuresOf, sumRows, type FiguresRow } from '../dashboards/follow-up-figures';
import { claimDispatch } from './dispatch-claim';
import { NotificationFrequency, NotificationKind } from './notification-kind';
import { NotificationPreferenceService } from './notification-preference.service';
import { periodOf } from './periods';

const ATTENTION_LISTED = 10;

/**
 * Every city's follow-up for the network operators, weekly or monthly as each chooses: the
 * network's totals and the cities most behind. It reads the network's figures as the operator's
 * dashboard does, through the owner-run function, in a scope that is the worker's and the
 * operator's at once.
 */
@Injectable()
export class NetworkSummariesService {
  private readonly logger = new Logger(NetworkSummariesService.name);

  constructor(
    private readonly runner: TransactionRunner,
    private readonly outbox: OutboxWriter,
    private readonly preferences: NotificationPreferenceService,
  ) {}

  async queueDue(now = new Date()): Promise<number> {
    const queued = await this.runner.run({ system: true, networkOperator: true }, (em) =>
      this.queue(em, now),
    );
    if (queued) this.logger.log(`Queued ${queued} network summary(ies)`);
    return queued;
  }

  private async queue(em: EntityManager, now: Date): Promise<number> {
    const operators = await em.find(User, {
      platformRole: PlatformRole.NetworkOperator,
      status: UserStatus.Active,
    });
    if (!operators.length) return 0;
    const frequencies = await this.preferences.frequencies(
      em,
      operators.map((o) => o.id),
      NotificationKind.NetworkSummary,
    );
    const rows = await em.execute<FiguresRow[]>(`select * from app_network_follow_up('{}'::jsonb)`);
    const totals = figuresOf(sumRows(rows));
    const names = new Map(
      (await em.find(Tenant, { id: { $in: rows.map((r) => r.tenant_id) } })).map((t) => [
        t.id,
        t.name,
      ]),
    );
    const attention = rows
      .filter((r) => r.overdue + r.stale > 0)
      .sort((a, b) => b.overdue - a.overdue || b.stale - a.stale)
      .slice(0, ATTENTION_LISTED)
      .map((r) => ({
        cityName: names.get(r.tenant_id) ?? '',
        overdue: r.overdue,
        stale: r.stale,
        lastUpdateOn: r.last_update_at
          ? new Date(r.last_update_at).toISOString().slice(0, 10)
          : null,
      }))
      .filter((city) => city.cityName);
    let queued = 0;
    for (const operator of operators) {
      const frequency = frequencies.get(operator.id)!;
      if (frequency === NotificationFrequency.None) continue;
      const period = periodOf(frequency, now);
      const claim = { userId: operator.id, kind: NotificationKind.NetworkSummary, tenantId: null };
      if (!(await claimDispatch(em, { ...claim, period: period.key }))) continue;
      this.outbox.queueMail(em, {
        tenantId: null,
        template: 'network-summary',
        to: operator.email,
        locale: pickLocale(operator.locale),
        params: {
          displayName: operator.displayName,
          frequency,
          periodStart: period.covers.start,
          periodEnd: period.covers.end,
          validUntil: period.validUntil.toISOString(),
          cities: rows.length,
          recommendations: totals.submitted,
          answered: totals.answered,
          commitments: totals.commitments,
          averageProgress: totals.averageProgress,
          overdue: totals.overdue,
          stale: totals.stale,
          attention,
        },
      });
      queued += 1;
    }
    await em.flush();
    return queued;
  }
}
