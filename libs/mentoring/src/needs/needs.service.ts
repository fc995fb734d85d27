import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '@inclusion/identity';
import { PairAccess } from '../partnerships/pair-access.service';
import { PartnershipSide } from '../partnerships/partnership-status';
import type { PartnershipTheme } from '../partnerships/partnership-theme';
import { PartnershipService } from '../partnerships/partnership.service';
import { CityStrength } from './city-strength.entity';
import { NeedsAssessment, type PriorityLevel } from './needs-assessment.entity';

export interface NeedsDraft {
  theme: PartnershipTheme;
  situation: string;
  difficulties: string;
  priorities: string;
  priority?: PriorityLevel | null;
}

export interface MentorMatch {
  tenantId: string;
  score: number;
  themes: PartnershipTheme[];
}

/** Weights of a learner's priorities when the operator looks for mentors. */
const WEIGHT = "case n.priority when 'high' then 3 when 'medium' then 2 else 1 end";

/** A city's needs and strengths, and the operator's matching of the ones with the others. */
@Injectable()
export class NeedsService {
  constructor(
    private readonly partnerships: PartnershipService,
    private readonly access: PairAccess,
  ) {}

  strengths(em: EntityManager) {
    return em.find(CityStrength, {}, { orderBy: { theme: 'asc' } });
  }

  /** A description states the strength; none removes it. */
  async setStrength(ctx: RequestContext, theme: PartnershipTheme, description: string | null) {
    const existing = await ctx.em.findOne(CityStrength, { theme });
    const text = description?.trim();
    if (!text) {
      if (existing) ctx.em.remove(existing);
    } else if (existing) {
      existing.description = text;
    } else {
      ctx.em.create(CityStrength, { tenantId: ctx.requireTenant().id, theme, description: text });
    }
    await ctx.em.flush();
    return this.strengths(ctx.em);
  }

  /** The city's own needs; or, through a partnership, its learner's, for the mentor's reviewers. */
  async needs(ctx: RequestContext, partnershipId?: string | null): Promise<NeedsAssessment[]> {
    if (!partnershipId) return ctx.em.find(NeedsAssessment, {}, { orderBy: { theme: 'asc' } });
    const partnership = await this.partnerships.get(ctx, partnershipId);
    if (this.partnerships.sideOf(ctx, partnership) === PartnershipSide.Learner) {
      return ctx.em.find(NeedsAssessment, {}, { orderBy: { theme: 'asc' } });
    }
    await this.access.requireReviewer(ctx.em, partnership.id);
    return ctx.em.find(
      NeedsAssessment,
      { tenantId: partnership.tenantId },
      { filters: false, orderBy: { theme: 'asc' } },
    );
  }

  async setNeeds(ctx: RequestContext, draft: NeedsDraft) {
    const needs =
      (await ctx.em.findOne(NeedsAssessment, { theme: draft.theme })) ??
      ctx.em.create(NeedsAssessment, {
        tenantId: ctx.requireTenant().id,
        theme: draft.theme,
        situation: '',
        difficulties: '',
        priorities: '',
      });
    needs.situation = draft.situation.trim();
    needs.difficulties = draft.difficulties.trim();
    needs.priorities = draft.priorities.trim();
    if (draft.priority) needs.priority = draft.priority;
    needs.updatedById = ctx.requireActor().user.id;
    await ctx.em.flush();
    return needs;
  }

  /**
   * Mentors for a learner city, best first: the cities whose strengths cover its needs, each
   * need weighted by its priority. One read over every city, for the network operator.
   */
  async matches(em: EntityManager, learnerTenantId: string): Promise<MentorMatch[]> {
    return em.execute<MentorMatch[]>(
      `select s.tenant_id as "tenantId", sum(${WEIGHT})::int as score,
              array_agg(s.theme order by s.theme) as themes
         from needs_assessment n
         join city_strength s on s.theme = n.theme and s.tenant_id <> n.tenant_id
         join tenant t on t.id = s.tenant_id and t.status <> 'archived'
        where n.tenant_id = ?
        group by s.tenant_id
        order by score desc, s.tenant_id
        limit 10`,
      [learnerTenantId],
    );
  }
}
