import { Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { invalidDateRange } from '@inclusion/editions';
import { keysetRead, type Page, type PageArgs } from '@inclusion/graphql';
import type { KnexRead, ReadOnlyRow } from '@inclusion/database';
import type { Translated } from '@inclusion/i18n';
import {
  joinUserName,
  Membership,
  MembershipStatus,
  type RequestContext,
} from '@inclusion/identity';
import {
  actionAlreadyCommitted,
  commitmentFieldsRequired,
  commitmentNotFound,
  externalIdTaken,
  milestoneOfMilestone,
  notAMember,
  notTheOwner,
  publishMilestone,
  recommendationNotAccepted,
} from '../follow-up.errors';
import { isAcceptance } from '../recommendations/answer-decision';
import { RecommendationService } from '../recommendations/recommendation.service';
import { AttentionFilter, type AttentionRules } from './attention';
import { CommitmentStatus } from './commitment-status';
import { Commitment } from './commitment.entity';
import { ProgressService, type ProgressDraft } from './progress.service';

export interface CommitmentDraft {
  title?: Translated;
  description?: Translated | null;
  department?: string;
  ownerId?: string;
  startDate?: string;
  dueDate?: string;
  weight?: number | null;
  externalId?: string | null;
}

export type NewCommitment = CommitmentDraft &
  Required<Pick<CommitmentDraft, 'title' | 'department' | 'ownerId' | 'startDate' | 'dueDate'>>;

export interface CommitmentFilter {
  recommendationId?: string | null;
  editionId?: string | null;
  parentId?: string | null;
  status?: CommitmentStatus | null;
  ownerId?: string | null;
  attention?: AttentionFilter | null;
}

const CLOSED = [CommitmentStatus.Done, CommitmentStatus.Abandoned];

/**
 * The city's commitments: coordinators make and change them; their owner (or a coordinator)
 * reports progress. A milestone belongs to a top-level commitment, shares its recommendation,
 * and is published with it.
 */
/** When a list is asked for; the city's rules too where its filter needs them (stale). */
export type ListRules = Pick<AttentionRules, 'today' | 'now'> &
  Partial<Pick<AttentionRules, 'staleAfterDays'>>;

@Injectable()
export class CommitmentService {
  constructor(
    private readonly recommendations: RecommendationService,
    private readonly progress: ProgressService,
  ) {}

  async get(em: EntityManager, id: string): Promise<Commitment> {
    const commitment = await em.findOne(Commitment, { id });
    if (!commitment) throw commitmentNotFound();
    return commitment;
  }

  create(
    ctx: RequestContext,
    from: { recommendationId?: string | null; parentId?: string | null },
    draft: CommitmentDraft,
  ): Promise<Commitment> {
    return this.createIn(ctx.em, ctx.requireActor().user.id, from, draft);
  }

  /** For the import too, which acts row by row within savepoints of its own. */
  async createIn(
    em: EntityManager,
    actorId: string,
    from: { recommendationId?: string | null; parentId?: string | null },
    draft: CommitmentDraft,
  ): Promise<Commitment> {
    const parent = from.parentId ? await this.get(em, from.parentId) : null;
    if (parent?.parentId) throw milestoneOfMilestone();
    // A milestone of a plan's action answers no recommendation; any other commitment does.
    const recommendation =
      parent && !parent.recommendationId
        ? null
        : await this.recommendations.get(
            em,
            parent?.recommendationId ?? from.recommendationId ?? '',
          );
    if (recommendation && !isAcceptance(recommendation.answer)) throw recommendationNotAccepted();
    // A milestone takes what it does not say from its commitment.
    const full = {
      department: parent?.department,
      ownerId: parent?.ownerId ?? undefined,
      startDate: parent?.startDate,
      dueDate: parent?.dueDate,
      ...Object.fromEntries(Object.entries(draft).filter(([, value]) => value != null)),
    } as Partial<NewCommitment>;
    const missing = (['department', 'ownerId', 'startDate', 'dueDate'] as const).filter(
      (field) => !full[field],
    );
    if (missing.length) throw commitmentFieldsRequired(missing);
    const commitment = em.create(Commitment, {
      tenantId: recommendation?.tenantId ?? parent!.tenantId,
      recommendationId: recommendation?.id ?? null,
      parentId: parent?.id ?? null,
      title: draft.title!,
      department: full.department!,
      startDate: full.startDate!,
      dueDate: full.dueDate!,
      publishedAt: parent?.publishedAt ?? null,
      createdById: actorId,
    });
    await this.apply(em, commitment, full as NewCommitment);
    this.progress.start(em, commitment, actorId);
    await em.flush();
    if (parent) {
      await this.progress.rollUp(em, parent.id);
      await em.flush();
    }
    return commitment;
  }

  /**
   * A commitment carrying out an approved action of the city's mentoring plan, once per action.
   * The mentoring library answers for the approval; the commitment is the city's like any other.
   */
  async createForAction(
    ctx: RequestContext,
    sourceActionId: string,
    draft: NewCommitment,
  ): Promise<Commitment> {
    const { em } = ctx;
    if (await em.count(Commitment, { sourceActionId })) throw actionAlreadyCommitted();
    const actorId = ctx.requireActor().user.id;
    const commitment = em.create(Commitment, {
      tenantId: ctx.requireTenant().id,
      sourceActionId,
      title: draft.title,
      department: draft.department,
      startDate: draft.startDate,
      dueDate: draft.dueDate,
      createdById: actorId,
    });
    await this.apply(em, commitment, draft);
    this.progress.start(em, commitment, actorId);
    try {
      await em.flush();
    } catch (error) {
      // Two coordinators at once: the unique index lets one through.
      if (error instanceof UniqueConstraintViolationException) throw actionAlreadyCommitted();
      throw error;
    }
    return commitment;
  }

  async update(ctx: RequestContext, id: string, draft: CommitmentDraft): Promise<Commitment> {
    return this.updateIn(ctx.em, await this.get(ctx.em, id), draft);
  }

  async updateIn(em: EntityManager, commitment: Commitment, draft: CommitmentDraft) {
    await this.apply(em, commitment, draft);
    await em.flush();
    if (commitment.parentId && draft.weight != null) {
      await this.progress.rollUp(em, commitment.parentId);
      await em.flush();
    }
    return commitment;
  }

  /** Its owner reports, or a coordinator; the owner of a commitment for its milestones too. */
  async recordProgress(ctx: RequestContext, id: string, draft: ProgressDraft) {
    const commitment = await this.get(ctx.em, id);
    const actorId = ctx.requireActor().user.id;
    if (!ctx.ability.can('update', 'Commitment')) {
      const parent = commitment.parentId ? await this.get(ctx.em, commitment.parentId) : null;
      if (commitment.ownerId !== actorId && parent?.ownerId !== actorId) throw notTheOwner();
    }
    await this.progress.record(ctx.em, commitment, actorId, draft);
    await ctx.em.flush();
    return commitment;
  }

  /** Shows it, with its milestones and history, to anyone; or takes it back. */
  async setPublished(ctx: RequestContext, id: string, published: boolean) {
    return this.publishIn(ctx.em, await this.get(ctx.em, id), published);
  }

  async publishIn(em: EntityManager, commitment: Commitment, published: boolean) {
    if (commitment.parentId) throw publishMilestone();
    const publishedAt = published ? (commitment.publishedAt ?? new Date()) : null;
    commitment.publishedAt = publishedAt;
    await em.nativeUpdate(Commitment, { parentId: commitment.id }, { publishedAt });
    await em.flush();
    return commitment;
  }

  /**
   * A page of the city's commitments, soonest due first, with their owners' names if asked: a read
   * to send with others (see `readTogether`). Only the stale filter needs the city's rules.
   */
  async listRead(
    em: EntityManager,
    filter: CommitmentFilter,
    rules: ListRules,
    page: PageArgs,
    { withOwnerNames = false } = {},
  ): Promise<KnexRead<Page<ReadOnlyRow<Commitment>>>> {
    const inEdition = filter.editionId
      ? await this.recommendations.idsInEdition(em, filter.editionId)
      : null;
    // Qualified: the owners' names come joined.
    const column = (name: string) => `commitment.${name}`;
    return keysetRead(
      em,
      Commitment,
      (query) => {
        if (filter.parentId) query.where(column('parent_id'), filter.parentId);
        else query.whereNull(column('parent_id'));
        if (filter.recommendationId) {
          query.where(column('recommendation_id'), filter.recommendationId);
        }
        if (inEdition) query.whereIn(column('recommendation_id'), inEdition);
        if (filter.status) query.where(column('status'), filter.status);
        if (filter.ownerId) query.where(column('owner_id'), filter.ownerId);
        if (filter.attention && !filter.status) query.whereNotIn(column('status'), CLOSED);
        if (filter.attention === AttentionFilter.Overdue) {
          query.where(column('due_date'), '<', rules.today);
        }
        if (filter.attention === AttentionFilter.Stale) {
          if (rules.staleAfterDays === undefined) throw new Error('The stale filter needs rules');
          const staleBefore = new Date(rules.now.getTime() - rules.staleAfterDays * 86_400_000);
          query.where(column('last_update_at'), '<', staleBefore);
        }
        return withOwnerNames ? joinUserName(query, column('owner_id')) : query;
      },
      page,
      { column: 'due_date', direction: 'asc', keyOf: (row) => row.dueDate },
    );
  }

  /** The milestones of every commitment among `parentIds`, soonest due first, in one query. */
  milestonesOf(em: EntityManager, parentIds: readonly string[]) {
    return em.find(
      Commitment,
      { parentId: { $in: [...parentIds] } },
      { orderBy: { dueDate: 'asc', id: 'asc' } },
    );
  }

  private async apply(em: EntityManager, commitment: Commitment, draft: CommitmentDraft) {
    if (draft.title) commitment.title = { fr: draft.title.fr.trim(), en: draft.title.en.trim() };
    if (draft.description !== undefined) commitment.description = draft.description ?? null;
    if (draft.department) commitment.department = draft.department.trim();
    if (draft.startDate) commitment.startDate = draft.startDate;
    if (draft.dueDate) commitment.dueDate = draft.dueDate;
    if (commitment.dueDate < commitment.startDate) throw invalidDateRange();
    if (draft.weight != null) commitment.weight = draft.weight;
    if (draft.ownerId && draft.ownerId !== commitment.ownerId) {
      const member = await em.count(Membership, {
        user: draft.ownerId,
        status: MembershipStatus.Active,
      });
      if (!member) throw notAMember('ownerId');
      commitment.ownerId = draft.ownerId;
    }
    if (draft.externalId !== undefined) {
      const externalId = draft.externalId?.trim() || null;
      if (externalId && (await em.count(Commitment, { externalId, id: { $ne: commitment.id } }))) {
        throw externalIdTaken(externalId);
      }
      commitment.externalId = externalId;
    }
  }
}
