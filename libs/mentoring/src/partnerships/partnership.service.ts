import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { invalidDateRange } from '@inclusion/editions';
import { Membership, MembershipStatus, type RequestContext } from '@inclusion/identity';
import { Tenant, TenantStatus } from '@inclusion/tenancy';
import {
  cityNotFound,
  notAPartyMember,
  partnershipNotFound,
  partnershipStatusNotAllowed,
  sameCity,
} from '../mentoring.errors';
import { PartnershipMember } from './partnership-member.entity';
import { PartnershipSide, PartnershipStatus } from './partnership-status';
import type { PartnershipTheme } from './partnership-theme';
import { Partnership } from './partnership.entity';

export interface PartnershipProposal {
  mentorTenantId: string;
  learnerTenantId: string;
  theme: PartnershipTheme;
  purpose?: string | null;
  startsOn: string;
  endsOn: string;
}

/** Partnership rows belong to the learner's tenant and are read from both: never by the filter. */
const BOTH_CITIES = { filters: false } as const;

/**
 * The network operator proposes a pair, each city's coordinator accepts (or declines) it, and
 * each city names its members in it. Who sees a partnership is row-level security's: the two
 * cities and the operator.
 */
@Injectable()
export class PartnershipService {
  async propose(ctx: RequestContext, proposal: PartnershipProposal): Promise<Partnership> {
    if (proposal.mentorTenantId === proposal.learnerTenantId) throw sameCity();
    if (proposal.endsOn < proposal.startsOn) throw invalidDateRange();
    const cities = await ctx.em.count(Tenant, {
      id: { $in: [proposal.mentorTenantId, proposal.learnerTenantId] },
      status: { $ne: TenantStatus.Archived },
    });
    if (cities !== 2) throw cityNotFound();
    const partnership = ctx.em.create(Partnership, {
      tenantId: proposal.learnerTenantId,
      mentorTenantId: proposal.mentorTenantId,
      theme: proposal.theme,
      purpose: proposal.purpose?.trim() || null,
      startsOn: proposal.startsOn,
      endsOn: proposal.endsOn,
      proposedById: ctx.requireActor().user.id,
    });
    await ctx.em.flush();
    return partnership;
  }

  /** The operator's: every one. A city's: those it is a party to, as mentor or learner. */
  list(ctx: RequestContext): Promise<Partnership[]> {
    const where = ctx.tenant
      ? { $or: [{ tenantId: ctx.tenant.id }, { mentorTenantId: ctx.tenant.id }] }
      : {};
    return ctx.em.find(Partnership, where, {
      ...BOTH_CITIES,
      orderBy: { startsOn: 'desc', id: 'asc' },
    });
  }

  async get(ctx: RequestContext, id: string): Promise<Partnership> {
    const where = ctx.tenant
      ? { id, $or: [{ tenantId: ctx.tenant.id }, { mentorTenantId: ctx.tenant.id }] }
      : { id };
    const partnership = await ctx.em.findOne(Partnership, where, BOTH_CITIES);
    if (!partnership) throw partnershipNotFound();
    return partnership;
  }

  sideOf(ctx: RequestContext, partnership: Partnership): PartnershipSide | null {
    if (!ctx.tenant) return null;
    if (partnership.tenantId === ctx.tenant.id) return PartnershipSide.Learner;
    return partnership.mentorTenantId === ctx.tenant.id ? PartnershipSide.Mentor : null;
  }

  /** A city's coordinator answers for its side; both yes opens the shared space. */
  async respond(ctx: RequestContext, id: string, accept: boolean): Promise<Partnership> {
    const partnership = await this.get(ctx, id);
    if (partnership.status !== PartnershipStatus.Proposed) {
      throw partnershipStatusNotAllowed(partnership.status, 'respond');
    }
    if (!accept) {
      partnership.status = PartnershipStatus.Declined;
    } else {
      const now = new Date();
      if (this.sideOf(ctx, partnership) === PartnershipSide.Mentor) {
        partnership.mentorAcceptedAt = now;
      } else {
        partnership.learnerAcceptedAt = now;
      }
      if (partnership.mentorAcceptedAt && partnership.learnerAcceptedAt) {
        partnership.status = PartnershipStatus.Active;
      }
    }
    await ctx.em.flush();
    return partnership;
  }

  async close(ctx: RequestContext, id: string): Promise<Partnership> {
    const partnership = await this.get(ctx, id);
    if (partnership.status !== PartnershipStatus.Active) {
      throw partnershipStatusNotAllowed(partnership.status, 'close');
    }
    partnership.status = PartnershipStatus.Closed;
    partnership.closedAt = new Date();
    await ctx.em.flush();
    return partnership;
  }

  /** Replaces the city's members of the pair: mentor reviewers, or learner plan authors. */
  async setMembers(ctx: RequestContext, id: string, membershipIds: string[]) {
    const partnership = await this.get(ctx, id);
    if (![PartnershipStatus.Proposed, PartnershipStatus.Active].includes(partnership.status)) {
      throw partnershipStatusNotAllowed(partnership.status, 'name members');
    }
    const tenantId = ctx.requireTenant().id;
    const wanted = [...new Set(membershipIds)];
    const active = await ctx.em.count(Membership, {
      id: { $in: wanted },
      status: MembershipStatus.Active,
    });
    if (active !== wanted.length) throw notAPartyMember();
    await ctx.em.nativeDelete(
      PartnershipMember,
      wanted.length ? { partnershipId: id, membershipId: { $nin: wanted } } : { partnershipId: id },
    );
    const kept = new Set((await this.members(ctx.em, id, tenantId)).map((m) => m.membershipId));
    for (const membershipId of wanted.filter((m) => !kept.has(m))) {
      ctx.em.create(PartnershipMember, {
        tenantId,
        partnershipId: id,
        membershipId,
        side: this.sideOf(ctx, partnership)!,
      });
    }
    await ctx.em.flush();
    return partnership;
  }

  /**
   * The city's own members of the pair; the other city's list is its own. The tenant is named
   * here and the filters are off: applied through the relation, the filter would also ask the
   * partnership to be the city's, which for a mentor it is not.
   */
  members(em: EntityManager, partnershipId: string, tenantId: string) {
    return em.find(
      PartnershipMember,
      { partnershipId, tenantId },
      { filters: false, orderBy: { createdAt: 'asc' } },
    );
  }
}
