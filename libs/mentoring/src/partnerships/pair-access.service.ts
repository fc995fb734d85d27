import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '@inclusion/identity';
import { notAnAuthor, notAReviewer, partnershipStatusNotAllowed } from '../mentoring.errors';
import { PartnershipMember } from './partnership-member.entity';
import { PartnershipSide, PartnershipStatus } from './partnership-status';
import type { Partnership } from './partnership.entity';
import { PartnershipService } from './partnership.service';

/**
 * Who may do what in a pair's shared space. The learner city's members read its records there
 * and its coordinators and named authors write them; of the mentor city, only the named
 * reviewers read them (and only row-level security's `app_mentors_partnership` decides that).
 */
@Injectable()
export class PairAccess {
  constructor(private readonly partnerships: PartnershipService) {}

  /** The partnership, once the asker may read its records. */
  async readable(ctx: RequestContext, partnershipId: string): Promise<Partnership> {
    const partnership = await this.partnerships.get(ctx, partnershipId);
    if (this.partnerships.sideOf(ctx, partnership) !== PartnershipSide.Learner) {
      await this.requireReviewer(ctx.em, partnership.id);
    }
    return partnership;
  }

  /** The partnership, once the asker may write the learner's records in it: it must be active. */
  async writable(ctx: RequestContext, partnershipId: string): Promise<Partnership> {
    const partnership = await this.partnerships.get(ctx, partnershipId);
    if (this.partnerships.sideOf(ctx, partnership) !== PartnershipSide.Learner) throw notAnAuthor();
    if (!ctx.ability.can('update', 'Partnership')) {
      const named = await ctx.em.count(PartnershipMember, {
        partnershipId,
        membershipId: ctx.membership?.id ?? '',
        side: PartnershipSide.Learner,
      });
      if (!named) throw notAnAuthor();
    }
    if (partnership.status !== PartnershipStatus.Active) {
      throw partnershipStatusNotAllowed(partnership.status, 'write');
    }
    return partnership;
  }

  async requireReviewer(em: EntityManager, partnershipId: string): Promise<void> {
    const [row] = await em.execute<{ allowed: boolean }[]>(
      'select app_mentors_partnership(?) as allowed',
      [partnershipId],
    );
    if (!row?.allowed) throw notAReviewer();
  }
}
