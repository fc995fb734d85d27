import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { enterTenant, type DbScope } from '@inclusion/database';
import {
  AccountPrivacy,
  Membership,
  User,
  UserStatus,
  type RequestContext,
} from '@inclusion/identity';
import { exportMailTo, scrubMailTo } from '@inclusion/mail';
import {
  PERSONAL_DATA_CONTRIBUTORS,
  type DataSubject,
  type PersonalDataContributor,
} from '@inclusion/identity';

/**
 * A person's data across every city they belong to: exported as one JSON document, or erased in
 * one transaction (all of it, or none of it if anything fails). The work runs in the operation's
 * own transaction, widened to the system scope city by city and narrowed back at the end: a second
 * connection held while the first waits would let a burst of requests starve the pool.
 */
@Injectable()
export class PrivacyService {
  private readonly contributors: PersonalDataContributor[];

  constructor(
    private readonly account: AccountPrivacy,
    @Inject(PERSONAL_DATA_CONTRIBUTORS) contributors: PersonalDataContributor[],
  ) {
    this.contributors = [...contributors].sort((a, b) => a.order - b.order);
  }

  exportPerson(ctx: RequestContext): Promise<Record<string, unknown>> {
    const userId = ctx.requireActor().user.id;
    return this.widened(ctx, { userId, system: true }, async (em) => {
      const subject = await this.subject(em, userId);
      const tenants: Record<string, unknown>[] = [];
      for (const tenantId of await this.tenantsOf(em, subject)) {
        await enterTenant(em, tenantId);
        const sections: Record<string, unknown> = { tenantId };
        for (const contributor of this.contributors) {
          sections[contributor.section] = await contributor.export(em, subject);
        }
        tenants.push(sections);
      }
      return {
        exportedAt: new Date().toISOString(),
        ...(await this.account.export(em, userId)),
        mail: await exportMailTo(em, subject.email),
        tenants,
      };
    });
  }

  erasePerson(ctx: RequestContext): Promise<void> {
    const userId = ctx.requireActor().user.id;
    return this.widened(ctx, { userId, system: true }, async (em) => {
      const subject = await this.subject(em, userId);
      for (const tenantId of await this.tenantsOf(em, subject)) {
        await enterTenant(em, tenantId);
        for (const contributor of this.contributors) await contributor.erase(em, subject);
        await this.account.eraseMemberships(em, userId);
      }
      await scrubMailTo(em, subject.email);
      await this.account.erase(em, userId);
    });
  }

  /**
   * A city erases, on request, what it holds on a person (an applicant who never joined, or a
   * member who asks the city): their data in this city only; their account, if any, stays theirs.
   */
  eraseInTenant(ctx: RequestContext, email: string): Promise<void> {
    const tenantId = ctx.requireTenant().id;
    const actorId = ctx.requireActor().user.id;
    return this.widened(ctx, { tenantId, userId: actorId, system: true }, async (em) => {
      const user = await em.findOne(User, { email });
      const member = user && (await em.findOne(Membership, { tenantId, user }, { filters: false }));
      const subject = { userId: member ? user.id : null, email };
      for (const contributor of this.contributors) await contributor.erase(em, subject);
      if (member) await this.account.eraseMemberships(em, member.user.id);
      await scrubMailTo(em, email, tenantId);
      // An account made when the city selected them, never taken up, was the city's doing.
      if (user && user.status === UserStatus.Invited) await this.account.erase(em, user.id);
    });
  }

  private async widened<T>(
    ctx: RequestContext,
    scope: DbScope,
    work: (em: EntityManager) => Promise<T>,
  ): Promise<T> {
    const tenantId = ctx.unit.tenantId;
    await ctx.unit.setScope(scope);
    const result = await work(ctx.em);
    await ctx.em.flush();
    await ctx.unit.setScope({ tenantId, userId: ctx.requireActor().user.id });
    return result;
  }

  private async subject(em: EntityManager, userId: string): Promise<DataSubject> {
    const user = await em.findOneOrFail(User, { id: userId });
    return { userId, email: user.email };
  }

  /**
   * Every tenant where the person has a membership, whatever its state (own-membership policy),
   * or an application under their account or address, even one that never led to a membership.
   */
  private async tenantsOf(em: EntityManager, subject: DataSubject): Promise<string[]> {
    const memberships = await em.find(Membership, { user: subject.userId }, { filters: false });
    const applied = await em.execute<{ tenant_id: string }[]>(
      'select app_application_tenants(?, ?::uuid) as tenant_id',
      [subject.email, subject.userId],
    );
    return [
      ...new Set([
        ...memberships.map((membership) => membership.tenantId),
        ...applied.map((row) => row.tenant_id),
      ]),
    ];
  }
}
