import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Membership,
  type MembershipRole,
  MembershipStatus,
  type User,
  UserStatus,
} from '@inclusion/identity';

/**
 * The city's active members with an active account, by user id: nobody who left the city, or
 * whose account is disabled or erased, gets a follow-up mail.
 */
export async function activeMembers(
  em: EntityManager,
  filter: { userIds?: readonly string[]; role?: MembershipRole },
): Promise<Map<string, User>> {
  const memberships = await em.find(
    Membership,
    {
      status: MembershipStatus.Active,
      user: {
        status: UserStatus.Active,
        ...(filter.userIds ? { id: { $in: [...filter.userIds] } } : {}),
      },
    },
    { populate: ['user'] },
  );
  return new Map(
    memberships
      .filter((m) => !filter.role || m.roles.includes(filter.role))
      .map((m) => [m.user.id, m.user]),
  );
}
