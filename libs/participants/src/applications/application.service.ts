import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { keysetPage, type PageArgs } from '@inclusion/graphql';
import { pickLocale } from '@inclusion/i18n';
import {
  Invitation,
  InvitationService,
  Membership,
  MembershipStatus,
  User,
  type RequestContext,
} from '@inclusion/identity';
import { COHORT_ROLE, type Cohort } from '../cohort';
import { applicationNotFound, decisionNotAllowed, reasonRequired } from '../participants.errors';
import { ApplicationDecision } from './application-decision.entity';
import { ApplicationStatus, canMove } from './application-status';
import { Application } from './application.entity';

export interface ApplicationFilter {
  editionId: string;
  cohort?: Cohort | null;
  statuses?: ApplicationStatus[] | null;
}

/**
 * Applications as the edition's team handles them. Row-level security already narrows every read
 * to the editions the person runs (or to their own application), so "not found" covers both.
 */
@Injectable()
export class ApplicationService {
  constructor(private readonly invitations: InvitationService) {}

  list(em: EntityManager, filter: ApplicationFilter, page: PageArgs) {
    return keysetPage(
      em,
      Application,
      {
        editionId: filter.editionId,
        ...(filter.cohort ? { cohort: filter.cohort } : {}),
        ...(filter.statuses?.length ? { status: { $in: filter.statuses } } : {}),
      },
      page,
      { field: 'id', direction: 'desc', keyOf: (application) => application.id },
    );
  }

  async get(em: EntityManager, id: string): Promise<Application> {
    const application = await em.findOne(Application, { id });
    if (!application) throw applicationNotFound();
    return application;
  }

  /** The signed-in person's own applications in the tenant. */
  mine(ctx: RequestContext) {
    return ctx.em.find(
      Application,
      { personId: ctx.requireActor().user.id },
      { orderBy: { id: 'desc' } },
    );
  }

  /**
   * A coordinator's decision, with its reason. Selecting a person invites them into the city with
   * their cohort's role, in the language they applied in (or adds the role to the account they
   * already have there), and links the application to that membership.
   */
  async decide(ctx: RequestContext, id: string, to: ApplicationStatus, reason: string) {
    // Locked: a selection and a refusal at the same moment must not both pass.
    const application = await ctx.em.findOne(
      Application,
      { id },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!application) throw applicationNotFound();
    if (!reason.trim()) throw reasonRequired();
    if (!canMove(application.status, to)) throw decisionNotAllowed(application.status, to);
    if (to === ApplicationStatus.Selected) await this.enrol(ctx, application);
    if (to === ApplicationStatus.Withdrawn) await this.withdrawInvitation(ctx, application);
    this.record(ctx, application, to, reason.trim(), ctx.requireActor().user.id);
    await ctx.em.flush();
    ctx.affect(application.id, application.membershipId);
    return application;
  }

  /** The person leaves the selection, whatever its stage. */
  async withdrawMine(ctx: RequestContext, id: string, reason?: string | null) {
    const application = await ctx.em.findOne(
      Application,
      { id, personId: ctx.requireActor().user.id },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!application) throw applicationNotFound();
    if (!canMove(application.status, ApplicationStatus.Withdrawn)) {
      throw decisionNotAllowed(application.status, ApplicationStatus.Withdrawn);
    }
    this.record(ctx, application, ApplicationStatus.Withdrawn, reason?.trim() || null, null);
    await ctx.em.flush();
    ctx.affect(application.id);
    return application;
  }

  decisionsOf(em: EntityManager, applicationIds: readonly string[]) {
    return em.find(
      ApplicationDecision,
      { application: { $in: [...applicationIds] } },
      { orderBy: { decidedAt: 'asc', id: 'asc' } },
    );
  }

  private record(
    ctx: RequestContext,
    application: Application,
    to: ApplicationStatus,
    reason: string | null,
    decidedById: string | null,
  ) {
    ctx.em.create(ApplicationDecision, {
      tenantId: application.tenantId,
      application,
      fromStatus: application.status,
      toStatus: to,
      decidedById,
      reason,
    });
    application.status = to;
  }

  /** A selected person who withdraws before joining: the invitation they were sent stops working. */
  private async withdrawInvitation(ctx: RequestContext, application: Application) {
    if (!application.membershipId) return;
    const pending = await ctx.em.findOne(Invitation, {
      membership: application.membershipId,
      acceptedAt: null,
      revokedAt: null,
    });
    if (pending) await this.invitations.revoke(ctx, pending.id);
  }

  private async enrol(ctx: RequestContext, application: Application) {
    const tenant = ctx.requireTenant();
    const role = COHORT_ROLE[application.cohort];
    const user = await ctx.em.findOne(User, { email: application.email });
    let membership = user && (await ctx.em.findOne(Membership, { tenantId: tenant.id, user }));
    if (membership?.status === MembershipStatus.Active) {
      if (!membership.roles.includes(role)) membership.roles = [...membership.roles, role];
    } else {
      const invitation = await this.invitations.invite(ctx, tenant, {
        email: application.email,
        displayName: `${application.givenName} ${application.familyName}`,
        roles: [role],
        locale: pickLocale(application.locale),
      });
      membership = invitation.membership;
    }
    application.membershipId = membership.id;
    application.personId = membership.user.id;
  }
}
