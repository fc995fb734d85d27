import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { PasswordHasher } from '../auth/password-hasher';
import type { MembershipRole } from '../memberships/membership-role';
import { Membership, MembershipStatus } from '../memberships/membership.entity';
import { normalizeEmail, PlatformRole, User, UserStatus } from './user.entity';
import type { Locale } from '@inclusion/i18n';

export interface AccountInput {
  email: string;
  displayName: string;
  password: string;
  locale?: Locale | null;
}

/**
 * Accounts made by the platform's own tools (the first network operator, demo data, tests) rather
 * than by an invitation. Callers pass an entity manager already scoped to the right tenant.
 */
@Injectable()
export class AccountProvisioning {
  constructor(private readonly hasher: PasswordHasher) {}

  /** Creates the account, or finds it by email; returns whether it was created. */
  async ensureUser(
    em: EntityManager,
    input: AccountInput,
  ): Promise<{ user: User; created: boolean }> {
    const email = normalizeEmail(input.email);
    const existing = await em.findOne(User, { email });
    if (existing) return { user: existing, created: false };
    const user = em.create(User, {
      email,
      displayName: input.displayName,
      locale: input.locale ?? null,
      passwordHash: await this.hasher.hash(input.password),
      status: UserStatus.Active,
    });
    await em.flush();
    return { user, created: true };
  }

  async ensureNetworkOperator(em: EntityManager, input: AccountInput) {
    const result = await this.ensureUser(em, input);
    result.user.platformRole = PlatformRole.NetworkOperator;
    await em.flush();
    return result;
  }

  /** `em` must be scoped to `tenantId`. */
  async ensureMember(
    em: EntityManager,
    tenantId: string,
    input: AccountInput,
    roles: MembershipRole[],
  ): Promise<{ user: User; membership: Membership }> {
    const { user } = await this.ensureUser(em, input);
    let membership = await em.findOne(Membership, { tenantId, user });
    membership ??= em.create(Membership, {
      tenantId,
      user,
      roles,
      status: MembershipStatus.Active,
    });
    await em.flush();
    return { user, membership };
  }
}
