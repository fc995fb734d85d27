import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TENANT_FILTER } from '@inclusion/database';
import { keysetPage, notFound, type Page, type PageArgs } from '@inclusion/graphql';
import type { RequestContext } from '../access/request-context';
import { lastCoordinator } from '../identity.errors';
import { Invitation } from '../invitations/invitation.entity';
import { MembershipRole } from './membership-role';
import { Membership, MembershipStatus } from './membership.entity';

@Injectable()
export class MembershipService {
  list(
    em: EntityManager,
    status: MembershipStatus | null | undefined,
    page: PageArgs,
  ): Promise<Page<Membership>> {
    return keysetPage(em, Membership, status ? { status } : {}, page, {
      field: 'id',
      direction: 'asc',
      keyOf: (membership) => membership.id,
    });
  }

  async get(em: EntityManager, id: string): Promise<Membership> {
    const membership = await em.findOne(Membership, { id });
    if (!membership) throw notFound('MEMBERSHIP_NOT_FOUND');
    return membership;
  }

  /** A person's own memberships in every tenant: the one cross-tenant read of this table. */
  mine(em: EntityManager, userId: string): Promise<Membership[]> {
    return em.find(
      Membership,
      { user: userId, status: { $ne: MembershipStatus.Revoked } },
      { filters: { [TENANT_FILTER]: false }, orderBy: { createdAt: 'asc' } },
    );
  }

  async updateRoles(ctx: RequestContext, id: string, roles: MembershipRole[]): Promise<Membership> {
    const membership = await this.get(ctx.em, id);
    if (!roles.includes(MembershipRole.Coordinator))
      await this.keepACoordinator(ctx.em, membership);
    membership.roles = [...new Set(roles)];
    await ctx.em.flush();
    ctx.affect(membership.id);
    return membership;
  }

  async revoke(ctx: RequestContext, id: string): Promise<Membership> {
    const membership = await this.get(ctx.em, id);
    await this.keepACoordinator(ctx.em, membership);
    membership.status = MembershipStatus.Revoked;
    // A pending invitation would otherwise bring the person back in.
    await ctx.em.nativeUpdate(
      Invitation,
      { membership: membership.id, acceptedAt: null, revokedAt: null },
      { revokedAt: new Date() },
    );
    await ctx.em.flush();
    ctx.affect(membership.id);
    return membership;
  }

  private async keepACoordinator(em: EntityManager, leaving: Membership): Promise<void> {
    if (leaving.status !== MembershipStatus.Active) return;
    if (!leaving.roles.includes(MembershipRole.Coordinator)) return;
    const others = await em.count(Membership, {
      id: { $ne: leaving.id },
      status: MembershipStatus.Active,
      roles: { $contains: [MembershipRole.Coordinator] },
    });
    if (others === 0) throw lastCoordinator();
  }
}
