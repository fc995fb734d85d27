import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { bindTokenHash } from '@inclusion/database';
import { keysetPage, notFound, type Page, type PageArgs } from '@inclusion/graphql';
import { pickLocale, type Locale } from '@inclusion/i18n';
import { OutboxWriter } from '@inclusion/mail';
import { Tenant, TenantStatus, tenantArchived, type TenantRow } from '@inclusion/tenancy';
import type { RequestContext } from '../access/request-context';
import { AuthService } from '../auth/auth.service';
import { PasswordHasher } from '../auth/password-hasher';
import { hashToken, newSecretToken } from '../auth/secret-token';
import {
  alreadyMember,
  currentPasswordRequired,
  invalidCredentials,
  invalidOrExpiredLink,
  invitationNotPending,
  passwordRequired,
} from '../identity.errors';
import type { MembershipRole } from '../memberships/membership-role';
import { Membership, MembershipStatus } from '../memberships/membership.entity';
import { roleLabels } from '../memberships/role-labels';
import type { IssuedTokens } from '../sessions/session.service';
import { normalizeEmail, User, UserStatus } from '../users/user.entity';
import { INVITATION_RELEVANCE } from './invitation-relevance.check';
import { Invitation } from './invitation.entity';

const INVITATION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;

export interface InvitationDraft {
  email: string;
  displayName: string;
  roles: MembershipRole[];
  locale?: Locale | null;
}

export interface Acceptance {
  password?: string | null;
  displayName?: string | null;
}

@Injectable()
export class InvitationService {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly hasher: PasswordHasher,
    private readonly auth: AuthService,
  ) {}

  /**
   * Invites a person into the tenant the context acts in. The person gets an account (pending
   * until they accept) if they have none; the mail leaves through the outbox with this transaction.
   */
  async invite(
    ctx: RequestContext,
    tenant: TenantRow,
    draft: InvitationDraft,
  ): Promise<Invitation> {
    const em = ctx.em;
    const email = normalizeEmail(draft.email);
    let user = await em.findOne(User, { email });
    user ??= em.create(User, {
      email,
      displayName: draft.displayName.trim(),
      locale: draft.locale ?? null,
      status: UserStatus.Invited,
    });
    let membership = await em.findOne(Membership, { tenantId: tenant.id, user });
    if (membership?.status === MembershipStatus.Active) throw alreadyMember();
    if (membership) {
      membership.status = MembershipStatus.Invited;
      membership.roles = draft.roles;
    } else {
      membership = em.create(Membership, {
        tenantId: tenant.id,
        user,
        roles: draft.roles,
        status: MembershipStatus.Invited,
      });
    }
    await em.nativeUpdate(
      Invitation,
      { tenantId: tenant.id, email, acceptedAt: null, revokedAt: null },
      { revokedAt: new Date() },
    );
    const invitation = em.create(Invitation, {
      tenantId: tenant.id,
      membership,
      email,
      roles: draft.roles,
      invitedBy: ctx.actor ? em.getReference(User, ctx.actor.user.id) : null,
      tokenHash: 'pending',
      expiresAt: new Date(),
    });
    this.sendInvitation(
      ctx,
      tenant,
      invitation,
      pickLocale(draft.locale, user.locale, tenant.defaultLocale),
    );
    await em.flush();
    ctx.affect(invitation.id, membership.id, user.id);
    return invitation;
  }

  async resend(ctx: RequestContext, tenant: TenantRow, id: string): Promise<Invitation> {
    const invitation = await this.pending(ctx.em, id);
    const user = await ctx.em.findOneOrFail(User, { email: invitation.email });
    this.sendInvitation(ctx, tenant, invitation, pickLocale(user.locale, tenant.defaultLocale));
    await ctx.em.flush();
    ctx.affect(invitation.id);
    return invitation;
  }

  async revoke(ctx: RequestContext, id: string): Promise<Invitation> {
    const invitation = await this.pending(ctx.em, id);
    invitation.revokedAt = new Date();
    const membership = await ctx.em.findOneOrFail(Membership, { id: invitation.membership.id });
    if (membership.status === MembershipStatus.Invited)
      membership.status = MembershipStatus.Revoked;
    await ctx.em.flush();
    ctx.affect(invitation.id, membership.id);
    return invitation;
  }

  list(
    em: EntityManager,
    pending: boolean | null | undefined,
    page: PageArgs,
  ): Promise<Page<Invitation>> {
    const where = pending
      ? { acceptedAt: null, revokedAt: null, expiresAt: { $gt: new Date() } }
      : {};
    return keysetPage(em, Invitation, where, page, {
      field: 'id',
      direction: 'desc',
      keyOf: (invitation) => invitation.id,
    });
  }

  /**
   * The bearer of the link proves they read the invited mailbox: the invitation is found by its
   * secret alone (the one cross-tenant read the policies allow), then the operation enters its
   * tenant. A first password is required from someone who has none yet.
   */
  async accept(ctx: RequestContext, secret: string, acceptance: Acceptance): Promise<IssuedTokens> {
    const em = ctx.em;
    const tokenHash = hashToken(secret);
    await bindTokenHash(em, tokenHash);
    const found = await em.findOne(Invitation, { tokenHash }, { filters: false });
    if (!found || found.acceptedAt || found.revokedAt || found.expiresAt <= new Date()) {
      throw invalidOrExpiredLink();
    }
    await ctx.actInTenant(found.tenantId);
    const invitation = await em.findOneOrFail(
      Invitation,
      { id: found.id },
      { populate: ['membership'] },
    );
    const tenant = await em.findOneOrFail(Tenant, { id: invitation.tenantId });
    if (tenant.status === TenantStatus.Archived) throw tenantArchived();
    if (invitation.membership.status !== MembershipStatus.Invited) throw invalidOrExpiredLink();
    const user = await em.findOneOrFail(
      User,
      { email: invitation.email },
      { populate: ['passwordHash'] },
    );
    if (user.status === UserStatus.Disabled) throw invalidOrExpiredLink();
    await this.proveAccount(ctx, user, acceptance);

    // Conditional, so that of two concurrent uses of one link, exactly one wins.
    const spent = await em.nativeUpdate(
      Invitation,
      { id: invitation.id, acceptedAt: null, revokedAt: null },
      { acceptedAt: new Date() },
    );
    if (spent !== 1) throw invalidOrExpiredLink();
    if (acceptance.displayName?.trim()) user.displayName = acceptance.displayName.trim();
    user.status = UserStatus.Active;
    invitation.membership.status = MembershipStatus.Active;
    invitation.membership.roles = invitation.roles;
    if (tenant.status === TenantStatus.Onboarding) tenant.status = TenantStatus.Active;
    ctx.affect(invitation.id, invitation.membership.id, user.id);
    return this.auth.openSession(ctx, user);
  }

  /**
   * A link proves only that someone read the mailbox. A first password makes the account; an
   * existing account must be proven as well (signed in as that person, or its password), or a
   * forwarded invitation would hand the account over.
   */
  private async proveAccount(ctx: RequestContext, user: User, acceptance: Acceptance) {
    if (!user.passwordHash) {
      if (!acceptance.password) throw passwordRequired();
      user.passwordHash = await this.hasher.hash(acceptance.password);
      return;
    }
    if (ctx.actor?.user.id === user.id) return;
    if (!acceptance.password) throw currentPasswordRequired();
    if (!(await this.hasher.verify(user.passwordHash, acceptance.password))) {
      throw invalidCredentials();
    }
  }

  private async pending(em: EntityManager, id: string): Promise<Invitation> {
    const invitation = await em.findOne(Invitation, { id });
    if (!invitation) throw notFound('INVITATION_NOT_FOUND');
    if (invitation.acceptedAt || invitation.revokedAt) throw invitationNotPending();
    return invitation;
  }

  /** Each sending gets a fresh secret and a fresh expiry; an older link stops working. */
  private sendInvitation(
    ctx: RequestContext,
    tenant: TenantRow,
    invitation: Invitation,
    locale: Locale,
  ) {
    const secret = newSecretToken();
    invitation.tokenHash = hashToken(secret);
    invitation.expiresAt = new Date(Date.now() + INVITATION_LIFETIME_MS);
    this.outbox.queueMail(ctx.em, {
      tenantId: tenant.id,
      template: 'invitation',
      to: invitation.email,
      locale,
      params: {
        tenantName: tenant.name,
        inviterName: ctx.actor?.user.displayName ?? null,
        roleLabels: roleLabels(invitation.roles, locale),
        expiresAt: invitation.expiresAt.toISOString(),
      },
      secret,
      relevance: { kind: INVITATION_RELEVANCE, id: invitation.id },
    });
  }
}
