import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ParticipantDirectory } from '@inclusion/participants';
import type { DataSubject, PersonalDataContributor } from '@inclusion/identity';
import { LogbookEntry } from '../logbooks/logbook-entry.entity';
import { QuestionnaireAnswer } from '../responses/questionnaire-answer.entity';
import { QuestionnaireResponse } from '../responses/questionnaire-response.entity';

/**
 * A person's logbook and answers. Scale and choice answers stay, under a key nothing links to the
 * person once their application is gone: the indicators keep counting them. Free-text answers go,
 * since people write their names and stories in them; logbook entries go whole.
 */
@Injectable()
export class EvaluationPersonalData implements PersonalDataContributor {
  readonly section = 'evaluation';
  // Before participation: the respondent keys are found through the person's applications.
  readonly order = 10;

  constructor(private readonly directory: ParticipantDirectory) {}

  async export(em: EntityManager, subject: DataSubject) {
    const keys = await this.directory.respondentKeysOf(em, subject);
    const responses = await em.find(
      QuestionnaireResponse,
      { respondentKey: { $in: keys } },
      { orderBy: { createdAt: 'asc' } },
    );
    const answers = await em.find(QuestionnaireAnswer, {
      responseId: { $in: responses.map((response) => response.id) },
    });
    const logbook = subject.userId
      ? await em.find(LogbookEntry, { authorId: subject.userId }, { orderBy: { createdAt: 'asc' } })
      : [];
    return {
      responses: responses.map((response) => ({
        questionnaireId: response.questionnaireId,
        submittedAt: response.createdAt,
        answers: answers
          .filter((answer) => answer.responseId === response.id)
          .map(({ itemKey, likert, choices, text }) => ({ itemKey, likert, choices, text })),
      })),
      logbook: logbook.map(({ id, createdAt, ...entry }) => ({ id, createdAt, ...entry })),
    };
  }

  async erase(em: EntityManager, subject: DataSubject) {
    const keys = await this.directory.respondentKeysOf(em, subject);
    await this.dropFreeText(em, { respondentKey: { $in: keys } });
    if (subject.userId) await em.nativeDelete(LogbookEntry, { authorId: subject.userId });
  }

  async eraseEdition(em: EntityManager, editionId: string) {
    await this.dropFreeText(em, { editionId });
    await em.nativeDelete(LogbookEntry, { editionId });
  }

  private async dropFreeText(
    em: EntityManager,
    responses: { respondentKey: { $in: string[] } } | { editionId: string },
  ) {
    const ids = (await em.find(QuestionnaireResponse, responses, { fields: ['id'] })).map(
      (response) => response.id,
    );
    if (ids.length) {
      await em.nativeDelete(QuestionnaireAnswer, { responseId: { $in: ids }, text: { $ne: null } });
    }
  }
}
