import { Injectable } from '@nestjs/common';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { todayIn } from '@inclusion/editions';
import type { RequestContext } from '@inclusion/identity';
import { ParticipantDirectory } from '@inclusion/participants';
import {
  notAParticipant,
  notForCohort,
  questionnaireNotFound,
  questionnaireNotOpen,
  responseAlreadySubmitted,
} from '../evaluation.errors';
import { QuestionnaireStatus } from '../questionnaires/questionnaire-status';
import type { Questionnaire } from '../questionnaires/questionnaire.entity';
import { QuestionnaireService } from '../questionnaires/questionnaire.service';
import { checkAnswers, type AnswerDraft } from './answer-rules';
import { QuestionnaireAnswer } from './questionnaire-answer.entity';
import { QuestionnaireResponse } from './questionnaire-response.entity';
import type { QuestionnaireResponseType } from './response.types';

/**
 * Participants answer under their respondent key. What leaves here carries no response id: the
 * audit log records the ids a mutation returns beside who made it, which would name the respondent.
 */
@Injectable()
export class ResponseService {
  constructor(
    private readonly questionnaires: QuestionnaireService,
    private readonly directory: ParticipantDirectory,
  ) {}

  /**
   * One response per person and questionnaire, final once sent: a pre answer rewritten after the
   * training would blur the very change it is there to measure.
   */
  async submit(
    ctx: RequestContext,
    questionnaireId: string,
    drafts: AnswerDraft[],
  ): Promise<QuestionnaireResponseType> {
    // Shared lock: the items cannot be replaced while this response is written.
    const questionnaire = await this.questionnaires.get(
      ctx.em,
      questionnaireId,
      LockMode.PESSIMISTIC_READ,
    );
    // A draft is its writers' alone: to a participant it does not exist yet.
    if (questionnaire.status === QuestionnaireStatus.Draft) throw questionnaireNotFound();
    const respondent = await this.respondentFor(ctx, questionnaire);
    const today = todayIn(ctx.requireTenant().timeZone);
    if (
      questionnaire.status !== QuestionnaireStatus.Open ||
      today < questionnaire.opensOn ||
      today > questionnaire.closesOn
    ) {
      throw questionnaireNotOpen(questionnaire.opensOn, questionnaire.closesOn);
    }
    const answers = checkAnswers(
      await this.questionnaires.itemsOf(ctx.em, questionnaire.id),
      drafts,
    );
    const existing = await ctx.em.count(QuestionnaireResponse, {
      questionnaireId: questionnaire.id,
      respondentKey: respondent.respondentKey,
    });
    if (existing) throw responseAlreadySubmitted();
    const response = ctx.em.create(QuestionnaireResponse, {
      tenantId: questionnaire.tenantId,
      questionnaireId: questionnaire.id,
      editionId: questionnaire.editionId,
      respondentKey: respondent.respondentKey,
      cohort: respondent.cohort,
    });
    for (const answer of answers) {
      ctx.em.create(QuestionnaireAnswer, {
        tenantId: questionnaire.tenantId,
        responseId: response.id,
        ...answer,
      });
    }
    try {
      await ctx.em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw responseAlreadySubmitted();
      throw error;
    }
    return { questionnaireId, cohort: response.cohort, submittedAt: response.createdAt, answers };
  }

  /** The caller's own response, found by their key; null before they answer. */
  async mine(
    ctx: RequestContext,
    questionnaire: Questionnaire,
  ): Promise<QuestionnaireResponseType | null> {
    const participation = await this.directory.participationOf(
      ctx.em,
      questionnaire.editionId,
      ctx.requireActor().user.id,
    );
    if (!participation) return null;
    const response = await ctx.em.findOne(QuestionnaireResponse, {
      questionnaireId: questionnaire.id,
      respondentKey: participation.respondentKey,
    });
    if (!response) return null;
    const answers = await ctx.em.find(
      QuestionnaireAnswer,
      { responseId: response.id },
      { orderBy: { itemKey: 'asc' } },
    );
    return {
      questionnaireId: questionnaire.id,
      cohort: response.cohort,
      submittedAt: response.createdAt,
      answers: answers.map(({ itemKey, likert, choices, text }) => ({
        itemKey,
        likert: likert ?? null,
        choices: choices ?? null,
        text: text ?? null,
      })),
    };
  }

  private async respondentFor(ctx: RequestContext, questionnaire: Questionnaire) {
    const participation = await this.directory.participationOf(
      ctx.em,
      questionnaire.editionId,
      ctx.requireActor().user.id,
    );
    if (!participation) throw notAParticipant();
    if (questionnaire.cohort && questionnaire.cohort !== participation.cohort) {
      throw notForCohort();
    }
    return participation;
  }
}
