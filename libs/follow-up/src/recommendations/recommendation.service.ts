import { Injectable } from '@nestjs/common';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EditionService, PolicyLab } from '@inclusion/editions';
import { keysetPage, type Page, type PageArgs } from '@inclusion/graphql';
import type { Translated } from '@inclusion/i18n';
import { Membership, MembershipStatus, type RequestContext } from '@inclusion/identity';
import {
  externalIdTaken,
  labNotInEdition,
  localThemeMismatch,
  notACoauthor,
  notAMember,
  recommendationInUse,
  recommendationNotEditable,
  recommendationNotFound,
  recommendationStatusNotAllowed,
} from '../follow-up.errors';
import { RecommendationCoauthor } from './recommendation-coauthor.entity';
import { canAdvance, isEditable, RecommendationStatus } from './recommendation-status';
import { RecommendationTheme } from './recommendation-theme';
import { Recommendation } from './recommendation.entity';

export interface RecommendationDraft {
  policyLabId?: string | null;
  externalId?: string | null;
  title?: Translated;
  body?: Translated;
  theme?: RecommendationTheme;
  localTheme?: Translated | null;
  coauthorIds?: string[] | null;
}

export interface RecommendationFilter {
  editionId?: string | null;
  status?: RecommendationStatus | null;
  theme?: RecommendationTheme | null;
  answer?: string | null;
}

const trimmed = (text: Translated): Translated => ({ fr: text.fr.trim(), en: text.en.trim() });

/**
 * The cohorts write recommendations with the edition's team; the team moves them on to the city.
 * Who may change one: the team (coordinators, facilitators) or, while it is a draft or adopted,
 * one of its co-authors.
 */
@Injectable()
export class RecommendationService {
  constructor(private readonly editions: EditionService) {}

  /** The city's recommendations among `ids`, in one query; those it cannot see are left out. */
  findMany(em: EntityManager, ids: readonly string[]): Promise<Recommendation[]> {
    return em.find(Recommendation, { id: { $in: [...ids] } });
  }

  async get(em: EntityManager, id: string): Promise<Recommendation> {
    const recommendation = await em.findOne(Recommendation, { id });
    if (!recommendation) throw recommendationNotFound();
    return recommendation;
  }

  async create(
    ctx: RequestContext,
    editionId: string,
    draft: RecommendationDraft & Required<Pick<RecommendationDraft, 'title' | 'body' | 'theme'>>,
  ): Promise<Recommendation> {
    const edition = await this.editions.get(ctx.em, editionId);
    const recommendation = ctx.em.create(Recommendation, {
      tenantId: edition.tenantId,
      editionId: edition.id,
      title: draft.title,
      body: draft.body,
      theme: draft.theme,
      createdById: ctx.requireActor().user.id,
    });
    const coauthors = new Set(draft.coauthorIds ?? []);
    // A participant who writes it is one of its authors, and so may go on editing it.
    if (!this.runsFollowUp(ctx)) coauthors.add(this.membershipOf(ctx));
    await this.apply(ctx.em, recommendation, { ...draft, coauthorIds: [...coauthors] });
    await ctx.em.flush();
    return recommendation;
  }

  async update(ctx: RequestContext, id: string, draft: RecommendationDraft) {
    const recommendation = await this.get(ctx.em, id);
    await this.requireWriter(ctx, recommendation);
    if (!isEditable(recommendation.status)) throw recommendationNotEditable();
    await this.apply(ctx.em, recommendation, draft);
    await ctx.em.flush();
    return recommendation;
  }

  /** The team moves it along: adopted by the group, presented in public, submitted to the city. */
  async advance(ctx: RequestContext, id: string, status: RecommendationStatus) {
    const recommendation = await this.get(ctx.em, id);
    if (!canAdvance(recommendation.status, status)) {
      throw recommendationStatusNotAllowed(recommendation.status, status);
    }
    recommendation.status = status;
    if (status === RecommendationStatus.Submitted) recommendation.submittedAt = new Date();
    await ctx.em.flush();
    return recommendation;
  }

  /** A draft only: anything further along is part of the edition's record. */
  async remove(ctx: RequestContext, id: string): Promise<string> {
    const recommendation = await this.get(ctx.em, id);
    await this.requireWriter(ctx, recommendation);
    if (recommendation.status !== RecommendationStatus.Draft) throw recommendationInUse();
    await ctx.em.nativeDelete(RecommendationCoauthor, { recommendationId: id });
    ctx.em.remove(recommendation);
    await ctx.em.flush();
    return id;
  }

  async list(
    em: EntityManager,
    filter: RecommendationFilter,
    page: PageArgs,
  ): Promise<Page<Recommendation>> {
    const where: FilterQuery<Recommendation> = {};
    if (filter.editionId) where.editionId = filter.editionId;
    if (filter.status) where.status = filter.status;
    if (filter.theme) where.theme = filter.theme;
    if (filter.answer) where.answer = filter.answer as Recommendation['answer'];
    return keysetPage(em, Recommendation, where, page, {
      field: 'id',
      direction: 'desc',
      keyOf: (row) => row.id,
    });
  }

  async idsInEdition(em: EntityManager, editionId: string): Promise<string[]> {
    const rows = await em.find(Recommendation, { editionId }, { fields: ['id'] });
    return rows.map((row) => row.id);
  }

  private runsFollowUp(ctx: RequestContext): boolean {
    return ctx.ability.can('update', 'Recommendation');
  }

  private membershipOf(ctx: RequestContext): string {
    const membership = ctx.membership;
    if (!membership) throw notACoauthor();
    return membership.id;
  }

  private async requireWriter(ctx: RequestContext, recommendation: Recommendation) {
    if (this.runsFollowUp(ctx)) return;
    const coauthor = await ctx.em.count(RecommendationCoauthor, {
      recommendationId: recommendation.id,
      membershipId: this.membershipOf(ctx),
    });
    if (!coauthor) throw notACoauthor();
  }

  private async apply(
    em: EntityManager,
    recommendation: Recommendation,
    draft: RecommendationDraft,
  ) {
    if (draft.title) recommendation.title = trimmed(draft.title);
    if (draft.body) recommendation.body = trimmed(draft.body);
    if (draft.theme) recommendation.theme = draft.theme;
    if (draft.localTheme !== undefined) {
      recommendation.localTheme = draft.localTheme ? trimmed(draft.localTheme) : null;
    }
    if ((recommendation.theme === RecommendationTheme.Local) !== !!recommendation.localTheme) {
      throw localThemeMismatch();
    }
    if (draft.policyLabId !== undefined) {
      if (
        draft.policyLabId &&
        !(await em.count(PolicyLab, { id: draft.policyLabId, edition: recommendation.editionId }))
      ) {
        throw labNotInEdition();
      }
      recommendation.policyLabId = draft.policyLabId;
    }
    if (draft.externalId !== undefined) {
      const externalId = draft.externalId?.trim() || null;
      if (
        externalId &&
        (await em.count(Recommendation, { externalId, id: { $ne: recommendation.id } }))
      ) {
        throw externalIdTaken(externalId);
      }
      recommendation.externalId = externalId;
    }
    if (draft.coauthorIds) await this.setCoauthors(em, recommendation, draft.coauthorIds);
  }

  private async setCoauthors(em: EntityManager, recommendation: Recommendation, ids: string[]) {
    const wanted = [...new Set(ids)];
    const members = await em.count(Membership, {
      id: { $in: wanted },
      status: MembershipStatus.Active,
    });
    if (members !== wanted.length) throw notAMember('coauthorIds');
    const current = await em.find(RecommendationCoauthor, { recommendationId: recommendation.id });
    for (const row of current) if (!wanted.includes(row.membershipId)) em.remove(row);
    const kept = new Set(current.map((row) => row.membershipId));
    for (const membershipId of wanted) {
      if (kept.has(membershipId)) continue;
      em.create(RecommendationCoauthor, {
        tenantId: recommendation.tenantId,
        recommendationId: recommendation.id,
        membershipId,
      });
    }
  }
}
