import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { OutboxWriter } from '@inclusion/mail';
import { pickLocale } from '@inclusion/i18n';
import type { RequestContext } from '../access/request-context';
import { invalidCredentials, invalidOrExpiredLink, wrongCurrentPassword } from '../identity.errors';
import { SessionService, type IssuedTokens } from '../sessions/session.service';
import { normalizeEmail, User, UserStatus } from '../users/user.entity';
import { OneTimeToken, OneTimeTokenPurpose } from './one-time-token.entity';
import { PasswordHasher } from './password-hasher';
import { hashToken, newSecretToken } from './secret-token';
import { SignInThrottleService } from './sign-in-throttle.service';

const LINK_LIFETIME_MS: Record<OneTimeTokenPurpose, number> = {
  [OneTimeTokenPurpose.SignInLink]: 15 * 60 * 1000,
  [OneTimeTokenPurpose.PasswordReset]: 60 * 60 * 1000,
};

const TEMPLATE = {
  [OneTimeTokenPurpose.SignInLink]: 'sign-in-link',
  [OneTimeTokenPurpose.PasswordReset]: 'password-reset',
} as const;

@Injectable()
export class AuthService {
  constructor(
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly throttle: SignInThrottleService,
    private readonly outbox: OutboxWriter,
  ) {}

  /** Unknown email, wrong password, unfinished or disabled account: one answer, one timing. */
  async signIn(ctx: RequestContext, email: string, password: string): Promise<IssuedTokens> {
    const subject = {
      email: normalizeEmail(email),
      address: ctx.clientAddress,
      action: 'sign-in' as const,
    };
    await this.throttle.attempt(subject);
    const user = await ctx.em.findOne(
      User,
      { email: subject.email },
      { populate: ['passwordHash'] },
    );
    const valid = await this.hasher.verify(user?.passwordHash, password);
    if (!user || !valid || user.status !== UserStatus.Active) throw invalidCredentials();
    await this.throttle.succeeded(subject);
    return this.openSession(ctx, user);
  }

  async refresh(ctx: RequestContext, refreshToken: string): Promise<IssuedTokens> {
    const tokens = await this.sessions.rotate(ctx.em, refreshToken);
    ctx.audit.actorId = tokens.session.user.id;
    return tokens;
  }

  async signOut(ctx: RequestContext): Promise<void> {
    const actor = ctx.requireActor();
    await this.sessions.revoke(ctx.em, actor.sessionId);
    ctx.affect(actor.sessionId);
  }

  /**
   * Always succeeds from the caller's point of view, so the answer never tells whether an account
   * exists; only active accounts get a mail.
   */
  async requestLink(ctx: RequestContext, email: string, purpose: OneTimeTokenPurpose) {
    const subject = {
      email: normalizeEmail(email),
      address: ctx.clientAddress,
      action: 'email-link' as const,
    };
    await this.throttle.attempt(subject);
    const user = await ctx.em.findOne(User, { email: subject.email });
    if (!user || user.status !== UserStatus.Active) return;

    const secret = newSecretToken();
    const expiresAt = new Date(Date.now() + LINK_LIFETIME_MS[purpose]);
    const token = ctx.em.create(OneTimeToken, {
      user,
      purpose,
      tokenHash: hashToken(secret),
      expiresAt,
    });
    this.outbox.queueMail(ctx.em, {
      tenantId: null,
      template: TEMPLATE[purpose],
      to: user.email,
      locale: pickLocale(user.locale, ctx.locale),
      params: { displayName: user.displayName, expiresAt: expiresAt.toISOString() },
      secret,
    });
    await ctx.em.flush();
    ctx.affect(token.id);
  }

  async signInWithLink(ctx: RequestContext, secret: string): Promise<IssuedTokens> {
    const token = await this.consume(ctx.em, secret, OneTimeTokenPurpose.SignInLink);
    return this.openSession(ctx, token.user);
  }

  /**
   * A new password ends every open session and every emailed link still out: whoever knew the
   * old password, or holds an older mail, is out.
   */
  async resetPassword(
    ctx: RequestContext,
    secret: string,
    password: string,
  ): Promise<IssuedTokens> {
    const token = await this.consume(ctx.em, secret, OneTimeTokenPurpose.PasswordReset);
    token.user.passwordHash = await this.hasher.hash(password);
    await this.sessions.revokeAllOf(ctx.em, token.user.id);
    await ctx.em.nativeUpdate(
      OneTimeToken,
      { user: token.user.id, usedAt: null },
      { usedAt: new Date() },
    );
    return this.openSession(ctx, token.user);
  }

  async changePassword(ctx: RequestContext, current: string, next: string): Promise<void> {
    const actor = ctx.requireActor();
    const user = await ctx.em.findOneOrFail(
      User,
      { id: actor.user.id },
      { populate: ['passwordHash'] },
    );
    if (!(await this.hasher.verify(user.passwordHash, current))) throw wrongCurrentPassword();
    user.passwordHash = await this.hasher.hash(next);
    await this.sessions.revokeAllOf(ctx.em, user.id, { except: actor.sessionId });
    await ctx.em.flush();
    ctx.affect(user.id);
  }

  async openSession(ctx: RequestContext, user: User): Promise<IssuedTokens> {
    const tokens = await this.sessions.open(ctx.em, user, ctx.req.header('user-agent'));
    // The answer names the person's cities: their own memberships, which only they may read.
    await ctx.unit.setScope({ tenantId: ctx.unit.tenantId, userId: user.id });
    ctx.audit.actorId = user.id;
    ctx.affect(tokens.session.id);
    return tokens;
  }

  private async consume(em: EntityManager, secret: string, purpose: OneTimeTokenPurpose) {
    const token = await em.findOne(
      OneTimeToken,
      { tokenHash: hashToken(secret), purpose },
      { populate: ['user'] },
    );
    if (!token || token.usedAt || token.expiresAt <= new Date()) throw invalidOrExpiredLink();
    if (token.user.status !== UserStatus.Active) throw invalidOrExpiredLink();
    // Conditional, so that of two concurrent uses of one link, exactly one wins.
    const spent = await em.nativeUpdate(
      OneTimeToken,
      { id: token.id, usedAt: null },
      { usedAt: new Date() },
    );
    if (spent !== 1) throw invalidOrExpiredLink();
    return token;
  }
}
