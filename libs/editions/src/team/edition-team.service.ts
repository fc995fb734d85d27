import { Injectable } from '@nestjs/common';
import {
  MembershipRole,
  MembershipStatus,
  Membership,
  type RequestContext,
} from '@inclusion/identity';
import { memberNotFound, notAFacilitator } from '../editions.errors';
import { EditionService } from '../editions/edition.service';
import { EditionFacilitator } from './edition-facilitator.entity';

@Injectable()
export class EditionTeamService {
  constructor(private readonly editions: EditionService) {}

  /** Puts an active facilitator on the edition's team; assigning twice changes nothing. */
  async assign(ctx: RequestContext, editionId: string, membershipId: string) {
    const edition = await this.editions.get(ctx.em, editionId);
    const membership = await ctx.em.findOne(Membership, {
      id: membershipId,
      status: MembershipStatus.Active,
    });
    if (!membership) throw memberNotFound();
    if (!membership.roles.includes(MembershipRole.Facilitator)) throw notAFacilitator();
    const existing = await ctx.em.findOne(EditionFacilitator, { edition, membership });
    if (!existing) {
      ctx.em.create(EditionFacilitator, { tenantId: edition.tenantId, edition, membership });
      await ctx.em.flush();
    }
    ctx.affect(edition.id, membership.id);
    return edition;
  }

  async remove(ctx: RequestContext, editionId: string, membershipId: string) {
    const edition = await this.editions.get(ctx.em, editionId);
    await ctx.em.nativeDelete(EditionFacilitator, { edition, membership: membershipId });
    ctx.affect(edition.id, membershipId);
    return edition;
  }

  facilitatorsOf(ctx: RequestContext, editionIds: readonly string[]) {
    return ctx.em.find(
      EditionFacilitator,
      { edition: { $in: [...editionIds] } },
      { orderBy: { createdAt: 'asc' } },
    );
  }
}
