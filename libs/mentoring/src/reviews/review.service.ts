import { Injectable } from '@nestjs/common';
import { knexRows, type ReadOnlyRow } from '@inclusion/database';
import type { RequestContext } from '@inclusion/identity';
import { notInVersion, planVersionNotFound, versionAlreadyDecided } from '../mentoring.errors';
import { PairAccess } from '../partnerships/pair-access.service';
import { PartnershipSide } from '../partnerships/partnership-status';
import { PartnershipService } from '../partnerships/partnership.service';
import { PlanVersionStatus } from '../plans/plan-enums';
import { PlanVersion } from '../plans/plan-version.entity';
import { ReviewComment } from './review-comment.entity';
import { ReviewDecision } from './review-decision.entity';
import { ReviewMail } from './review-mail.service';

/** The pair's records sit in the learner's tenant: named explicitly, read past the filter. */
const PAIR = { filters: false } as const;

/** A version as read for its plan, managed or plain. */
type VersionRead = Pick<PlanVersion, 'id' | 'tenantId'>;

export interface CommentDraft {
  versionId: string;
  actionId?: string | null;
  parentId?: string | null;
  body: string;
}

/**
 * The mentor's review of a submitted version: its reviewers and the learner's people comment,
 * in threads, on the plan or an action; a reviewer approves the version or asks for changes,
 * and the learner answers with a new version. The mentor never touches the plan itself.
 */
@Injectable()
export class ReviewService {
  constructor(
    private readonly access: PairAccess,
    private readonly partnerships: PartnershipService,
    private readonly mail: ReviewMail,
  ) {}

  async comment(ctx: RequestContext, draft: CommentDraft): Promise<ReviewComment> {
    const version = await this.version(ctx, draft.versionId);
    const partnership = await this.partnerships.get(ctx, version.partnershipId);
    const side = this.partnerships.sideOf(ctx, partnership)!;
    if (side === PartnershipSide.Learner) await this.access.writable(ctx, partnership.id);
    else await this.access.requireReviewer(ctx.em, partnership.id);
    if (draft.actionId && !version.snapshot.some((action) => action.id === draft.actionId)) {
      throw notInVersion();
    }
    if (
      draft.parentId &&
      !(await ctx.em.count(
        ReviewComment,
        { id: draft.parentId, versionId: version.id, tenantId: version.tenantId },
        PAIR,
      ))
    ) {
      throw notInVersion();
    }
    const comment = ctx.em.create(ReviewComment, {
      tenantId: version.tenantId,
      partnershipId: version.partnershipId,
      versionId: version.id,
      actionId: draft.actionId ?? null,
      parentId: draft.parentId ?? null,
      authorId: ctx.requireActor().user.id,
      authorSide: side,
      body: draft.body.trim(),
    });
    await ctx.em.flush();
    await this.mail.commented(ctx, partnership, version, comment);
    return comment;
  }

  /** The latest version only, once: a new version answers a request for changes. */
  async decide(
    ctx: RequestContext,
    versionId: string,
    decision: ReviewDecision['decision'],
    note: string | null,
  ): Promise<PlanVersion> {
    const version = await this.version(ctx, versionId);
    const partnership = await this.access.readable(ctx, version.partnershipId);
    await this.access.requireReviewer(ctx.em, partnership.id);
    const newer = await ctx.em.count(
      PlanVersion,
      {
        partnershipId: version.partnershipId,
        tenantId: version.tenantId,
        number: { $gt: version.number },
      },
      PAIR,
    );
    if (newer || version.status !== PlanVersionStatus.Submitted) throw versionAlreadyDecided();
    const decided = ctx.em.create(ReviewDecision, {
      tenantId: version.tenantId,
      partnershipId: version.partnershipId,
      versionId: version.id,
      reviewerId: ctx.requireActor().user.id,
      decision,
      note: note?.trim() || null,
    });
    version.status = decision;
    version.decidedAt = new Date();
    await ctx.em.flush();
    await this.mail.decided(ctx, partnership, version, decided);
    return version;
  }

  async comments(ctx: RequestContext, versionId: string): Promise<ReviewComment[]> {
    const version = await this.version(ctx, versionId);
    return ctx.em.find(
      ReviewComment,
      { versionId: version.id, tenantId: version.tenantId },
      { ...PAIR, orderBy: { createdAt: 'asc', id: 'asc' } },
    );
  }

  /**
   * The decisions on a version already read, with those on every other version the operation
   * shows, in one query; a row of another tenant than the version's is never its own.
   */
  async decisions(
    ctx: RequestContext,
    version: VersionRead,
  ): Promise<ReadOnlyRow<ReviewDecision>[]> {
    const rows = await ctx
      .groupLoader(
        'reviewDecisions',
        (ids) =>
          knexRows(
            ctx.em,
            ReviewDecision,
            (query) => query.whereIn('version_id', [...ids]).orderBy(['created_at', 'id']),
            PAIR,
          ),
        (decision: ReadOnlyRow<ReviewDecision>) => decision.versionId,
      )
      .load(version.id);
    return rows.filter((decision) => decision.tenantId === version.tenantId);
  }

  /** Like `decisions`, the comments on a version already read, oldest first. */
  async commentsOn(
    ctx: RequestContext,
    version: VersionRead,
  ): Promise<ReadOnlyRow<ReviewComment>[]> {
    const rows = await ctx
      .groupLoader(
        'reviewComments',
        (ids) =>
          knexRows(
            ctx.em,
            ReviewComment,
            (query) => query.whereIn('version_id', [...ids]).orderBy(['created_at', 'id']),
            PAIR,
          ),
        (comment: ReadOnlyRow<ReviewComment>) => comment.versionId,
      )
      .load(version.id);
    return rows.filter((comment) => comment.tenantId === version.tenantId);
  }

  /** A version whoever asks may read: the learner city's, or its mentor's reviewers. */
  private async version(ctx: RequestContext, id: string): Promise<PlanVersion> {
    const version = await ctx.em.findOne(PlanVersion, { id }, PAIR);
    if (!version) throw planVersionNotFound();
    const partnership = await this.access.readable(ctx, version.partnershipId).catch(() => null);
    if (!partnership || partnership.tenantId !== version.tenantId) throw planVersionNotFound();
    return version;
  }
}
