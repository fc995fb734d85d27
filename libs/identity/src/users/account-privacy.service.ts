import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Invitation } from '../invitations/invitation.entity';
import { Membership, MembershipStatus } from '../memberships/membership.entity';
import { OneTimeToken } from '../auth/one-time-token.entity';
import { Session } from '../sessions/session.entity';
import { User, UserStatus } from './user.entity';

/** What the platform keeps of an account once erased: its id, for the audit log to point at. */
export const ERASED_NAME = '—';
const erasedEmail = (userId: string) => `erased-${userId}@erased.invalid`;

/**
 * The account's own data, for a person's export and erasure. Run in a transaction that may read
 * the person's memberships in every tenant (the person's own scope).
 */
@Injectable()
export class AccountPrivacy {
  async export(em: EntityManager, userId: string) {
    const user = await em.findOneOrFail(User, { id: userId });
    const memberships = await em.find(Membership, { user }, { filters: false });
    const sessions = await em.find(Session, { user }, { orderBy: { createdAt: 'asc' } });
    return {
      account: {
        email: user.email,
        displayName: user.displayName,
        locale: user.locale ?? null,
        status: user.status,
        createdAt: user.createdAt.toISOString(),
        lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
      },
      memberships: memberships.map((membership) => ({
        tenantId: membership.tenantId,
        roles: membership.roles,
        status: membership.status,
        since: membership.createdAt.toISOString(),
      })),
      sessions: sessions.map((session) => ({
        startedAt: session.createdAt.toISOString(),
        userAgent: session.userAgent ?? null,
        revokedAt: session.revokedAt?.toISOString() ?? null,
      })),
    };
  }

  /** In each tenant the person belongs to: their memberships end, their invitations lose the address. */
  async eraseMemberships(em: EntityManager, userId: string): Promise<void> {
    const user = await em.findOneOrFail(User, { id: userId });
    const now = new Date();
    await em.nativeUpdate(
      Invitation,
      { email: user.email },
      { email: erasedEmail(user.id), revokedAt: now },
    );
    await em.nativeUpdate(Membership, { user }, { status: MembershipStatus.Revoked });
  }

  /**
   * Pseudonymises the account itself: no name, no address, no password, no way in. The row stays,
   * so the audit log and the records of what the person did for a city point at no one.
   */
  async erase(em: EntityManager, userId: string): Promise<void> {
    const user = await em.findOneOrFail(User, { id: userId });
    const now = new Date();
    await em.nativeUpdate(Session, { user, revokedAt: null }, { revokedAt: now });
    await em.nativeUpdate(Session, { user }, { userAgent: null });
    await em.nativeUpdate(OneTimeToken, { user, usedAt: null }, { usedAt: now });
    Object.assign(user, {
      email: erasedEmail(user.id),
      displayName: ERASED_NAME,
      passwordHash: null,
      locale: null,
      status: UserStatus.Disabled,
    });
    await em.flush();
  }
}
