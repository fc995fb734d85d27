import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { APP_CONFIG, type AppConfig } from '@inclusion/config';
import { IndependentTransactions, rowFromJson } from '@inclusion/database';
import { AccessTokenService } from '../auth/access-token.service';
import { hashToken, newSecretToken } from '../auth/secret-token';
import { invalidRefreshToken } from '../identity.errors';
import { Tenant, type TenantRow } from '@inclusion/tenancy';
import { Membership, type MembershipRow } from '../memberships/membership.entity';
import { User, type UserRow } from '../users/user.entity';
import { RefreshToken } from './refresh-token.entity';
import { Session } from './session.entity';

/**
 * Who an operation acts for, as app_open_operation found them: plain rows, since most operations
 * only read them (mapping three managed entities cost each request a quarter of a millisecond).
 */
export interface OpenedOperation {
  sessionId: string;
  user: UserRow;
  /** The X-Tenant city and the membership in it, when the person is an active member. */
  tenant: TenantRow | null;
  membership: MembershipRow | null;
}

type Row = Record<string, unknown>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface IssuedTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  session: Session;
}

const DAY_MS = 24 * 60 * 60 * 1000;

@Injectable()
export class SessionService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accessTokens: AccessTokenService,
    private readonly independent: IndependentTransactions,
  ) {}

  async open(em: EntityManager, user: User, userAgent?: string | null): Promise<IssuedTokens> {
    const expiresAt = new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * DAY_MS);
    const session = em.create(Session, { user, expiresAt, userAgent: userAgent?.slice(0, 300) });
    user.lastSignInAt = new Date();
    return this.issue(em, session);
  }

  /**
   * Trades a refresh token for a new pair. A token presented twice means it was copied: the whole
   * session is revoked (in its own transaction, since this operation fails) and both holders must
   * sign in again.
   */
  async rotate(em: EntityManager, presented: string): Promise<IssuedTokens> {
    const link = await em.findOne(
      RefreshToken,
      { tokenHash: hashToken(presented) },
      { populate: ['session', 'session.user'] },
    );
    const now = new Date();
    if (!link || link.expiresAt <= now) throw invalidRefreshToken();
    const session = link.session;
    if (session.revokedAt || session.expiresAt <= now || session.user.status !== 'active') {
      throw invalidRefreshToken();
    }
    // Conditional, so that of two concurrent uses of one token, exactly one wins.
    const spent = link.usedAt
      ? 0
      : await em.nativeUpdate(RefreshToken, { id: link.id, usedAt: null }, { usedAt: now });
    if (spent !== 1) {
      await this.independent.run({}, (sql) =>
        sql('update auth_session set revoked_at = now() where id = $1 and revoked_at is null', [
          session.id,
        ]),
      );
      throw invalidRefreshToken();
    }
    return this.issue(em, session);
  }

  async findActive(em: EntityManager, sessionId: string, userId: string): Promise<Session | null> {
    return em.findOne(
      Session,
      { id: sessionId, user: userId, revokedAt: null, expiresAt: { $gt: new Date() } },
      { populate: ['user'] },
    );
  }

  /**
   * The live session of an active person and, given a city's slug, their active membership of it,
   * in one statement that also sets the transaction's scope to them (and to the city when they are
   * its member). Null when the session has ended or the person is not active.
   */
  async openOperation(
    em: EntityManager,
    sessionId: string,
    userId: string,
    tenantSlug: string | null,
  ): Promise<OpenedOperation | null> {
    if (!UUID.test(sessionId) || !UUID.test(userId)) return null;
    const [row] = await em.execute<{ opened: Record<string, Row | null> | null }[]>(
      'select app_open_operation(?, ?, ?) as opened',
      [sessionId, userId, tenantSlug],
    );
    const opened = row?.opened;
    if (!opened?.session || !opened.user) return null;
    return {
      user: rowFromJson(em, User, opened.user),
      sessionId: String(opened.session.id),
      tenant: opened.tenant ? rowFromJson(em, Tenant, opened.tenant) : null,
      membership: opened.membership ? rowFromJson(em, Membership, opened.membership) : null,
    };
  }

  async revoke(em: EntityManager, sessionId: string): Promise<void> {
    await em.nativeUpdate(Session, { id: sessionId, revokedAt: null }, { revokedAt: new Date() });
  }

  async revokeAllOf(em: EntityManager, userId: string, { except }: { except?: string } = {}) {
    await em.nativeUpdate(
      Session,
      { user: userId, revokedAt: null, ...(except ? { id: { $ne: except } } : {}) },
      { revokedAt: new Date() },
    );
  }

  private async issue(em: EntityManager, session: Session): Promise<IssuedTokens> {
    const refreshToken = newSecretToken();
    const refreshTokenExpiresAt = session.expiresAt;
    em.create(RefreshToken, {
      session,
      tokenHash: hashToken(refreshToken),
      expiresAt: refreshTokenExpiresAt,
    });
    await em.flush();
    const access = this.accessTokens.sign({ sub: session.user.id, sid: session.id });
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken,
      refreshTokenExpiresAt,
      session,
    };
  }
}
