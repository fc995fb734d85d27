import { Injectable } from '@nestjs/common';
import { todayIn } from '@inclusion/editions';
import type { RequestContext } from '@inclusion/identity';
import { Commitment } from '../commitments/commitment.entity';
import { CommitmentStatus } from '../commitments/commitment-status';
import {
  answerDateInFuture,
  answerHasCommitments,
  declineReasonRequired,
  recommendationNotSubmitted,
} from '../follow-up.errors';
import { AnswerDecision, isAcceptance } from './answer-decision';
import { RecommendationAnswer } from './recommendation-answer.entity';
import { RecommendationStatus } from './recommendation-status';
import { RecommendationService } from './recommendation.service';

export interface AnswerDraft {
  decision: AnswerDecision;
  reason?: string | null;
  answeredOn?: string | null;
}

/**
 * The city answers each recommendation submitted to it. Every answer is kept, dated and
 * attributed; the latest is also on the recommendation, for the dashboards.
 */
@Injectable()
export class RecommendationAnswerService {
  constructor(private readonly recommendations: RecommendationService) {}

  async answer(ctx: RequestContext, recommendationId: string, draft: AnswerDraft) {
    const recommendation = await this.recommendations.get(ctx.em, recommendationId);
    if (recommendation.status !== RecommendationStatus.Submitted) {
      throw recommendationNotSubmitted();
    }
    const reason = draft.reason?.trim() || null;
    if (draft.decision === AnswerDecision.Declined && !reason) throw declineReasonRequired();
    const today = todayIn(ctx.requireTenant().timeZone);
    const answeredOn = draft.answeredOn ?? today;
    if (answeredOn > today) throw answerDateInFuture();
    // Going back on an acceptance would leave commitments answering nothing the city took on.
    if (
      !isAcceptance(draft.decision) &&
      (await ctx.em.count(Commitment, {
        recommendationId,
        status: { $ne: CommitmentStatus.Abandoned },
      }))
    ) {
      throw answerHasCommitments();
    }
    const answer = ctx.em.create(RecommendationAnswer, {
      tenantId: recommendation.tenantId,
      recommendationId,
      decision: draft.decision,
      reason,
      answeredOn,
      answeredById: ctx.requireActor().user.id,
    });
    recommendation.answer = draft.decision;
    recommendation.answeredOn = answeredOn;
    await ctx.em.flush();
    return answer;
  }

  history(ctx: RequestContext, recommendationId: string) {
    return ctx.em.find(
      RecommendationAnswer,
      { recommendationId },
      { orderBy: { createdAt: 'desc', id: 'desc' } },
    );
  }
}
