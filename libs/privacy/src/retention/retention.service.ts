import { Inject, Injectable, Logger } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { APP_CONFIG, type AppConfig } from '@inclusion/config';
import { redactedFailure, TransactionRunner } from '@inclusion/database';
import { EditionService, todayIn, type Edition } from '@inclusion/editions';
import { pickLocale } from '@inclusion/i18n';
import { Membership, MembershipRole, MembershipStatus } from '@inclusion/identity';
import { OutboxWriter } from '@inclusion/mail';
import { Tenant } from '@inclusion/tenancy';
import { PERSONAL_DATA_CONTRIBUTORS, type PersonalDataContributor } from '@inclusion/identity';
import { EditionRetention } from './edition-retention.entity';

const addDays = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Erases the personal data of an edition's participants PERSONAL_DATA_RETENTION_DAYS after the
 * edition ended, having warned the city's coordinators RETENTION_WARNING_DAYS before. One
 * transaction per edition, under its tenant; the marker row is locked, so two workers never act
 * twice, and a scan that runs again finds nothing left to do.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger(RetentionService.name);
  private readonly contributors: PersonalDataContributor[];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly runner: TransactionRunner,
    private readonly editions: EditionService,
    private readonly outbox: OutboxWriter,
    @Inject(PERSONAL_DATA_CONTRIBUTORS) contributors: PersonalDataContributor[],
  ) {
    this.contributors = [...contributors].sort((a, b) => a.order - b.order);
  }

  async scan(now = new Date()): Promise<{ warned: number; erased: number }> {
    // Archived cities too: they take no more changes, but their participants' data must still go.
    const tenants = await this.runner.run({}, (em) => em.find(Tenant, {}));
    const done = { warned: 0, erased: 0 };
    for (const tenant of tenants) {
      const today = todayIn(tenant.timeZone, now);
      const ended = await this.runner.run({ tenantId: tenant.id, system: true }, (em) =>
        this.editions.completedWithEndDates(em),
      );
      for (const { edition, endedOn } of ended) {
        const eraseOn = addDays(endedOn, this.config.PERSONAL_DATA_RETENTION_DAYS);
        const warnOn = addDays(eraseOn, -this.config.RETENTION_WARNING_DAYS);
        if (today < warnOn) continue;
        try {
          const outcome = await this.runner.run({ tenantId: tenant.id, system: true }, (em) =>
            this.step(em, tenant, edition, today >= eraseOn, eraseOn, now),
          );
          if (outcome) done[outcome] += 1;
        } catch (error) {
          // One edition that fails must not hold back the others; the next scan tries it again.
          this.logger.warn(`Retention of edition ${edition.id} failed: ${redactedFailure(error)}`);
        }
      }
    }
    if (done.erased) this.logger.log(`Erased participants' data of ${done.erased} edition(s)`);
    return done;
  }

  /**
   * Erasure cannot be undone: it waits until the coordinators were warned RETENTION_WARNING_DAYS
   * ago, even when the worker first sees an edition after its date (it was down, or the edition
   * was closed late); then it warns now, and erases that long after.
   */
  private async step(
    em: EntityManager,
    tenant: Tenant,
    edition: Edition,
    eraseDue: boolean,
    eraseOn: string,
    now: Date,
  ): Promise<'warned' | 'erased' | null> {
    await em.execute(
      `insert into edition_retention (id, created_at, updated_at, tenant_id, edition_id)
       values (gen_random_uuid(), now(), now(), ?, ?) on conflict do nothing`,
      [tenant.id, edition.id],
      'run',
    );
    const marker = await em.findOneOrFail(
      EditionRetention,
      { editionId: edition.id },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (marker.erasedAt) return null;
    const noticeMs = this.config.RETENTION_WARNING_DAYS * 86_400_000;
    if (eraseDue && marker.warnedAt && now.getTime() - marker.warnedAt.getTime() >= noticeMs) {
      for (const contributor of this.contributors) await contributor.eraseEdition(em, edition.id);
      marker.erasedAt = now;
      await em.flush();
      return 'erased';
    }
    if (marker.warnedAt) return null;
    const eraseFrom = new Date(
      Math.max(Date.parse(`${eraseOn}T00:00:00Z`), now.getTime() + noticeMs),
    ).toISOString();
    const coordinators = await em.find(
      Membership,
      { status: MembershipStatus.Active, roles: { $contains: [MembershipRole.Coordinator] } },
      { populate: ['user'] },
    );
    for (const { user } of coordinators) {
      this.outbox.queueMail(em, {
        tenantId: tenant.id,
        template: 'retention-warning',
        to: user.email,
        locale: pickLocale(user.locale, tenant.defaultLocale),
        timeZone: tenant.timeZone,
        params: {
          displayName: user.displayName,
          tenantName: tenant.name,
          editionName: edition.name,
          eraseFrom,
        },
      });
    }
    marker.warnedAt = now;
    await em.flush();
    return 'warned';
  }
}
