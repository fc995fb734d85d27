import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { notAPostQuestionnaire } from '../evaluation.errors';
import { ItemKind } from '../questionnaires/item-kind';
import { QuestionnaireMoment } from '../questionnaires/questionnaire-status';
import { QuestionnaireService } from '../questionnaires/questionnaire.service';
import { SUPPRESSION_THRESHOLD } from './disclosure';
import type { QuestionnaireChangeType } from './indicator.types';
import { toItemChange } from './item-change';

interface ChangeRow {
  item_key: string;
  paired: number | null;
  total_change: number | null;
  improved: number | null;
}

/**
 * Change per person: for each Likert item, each respondent who answered both the pre and the post
 * questionnaire (matched by respondent key) counts once, with post minus pre. Computed by
 * `app_questionnaire_change`, which reads the responses as the owner and returns counts only.
 */
@Injectable()
export class QuestionnaireChangeService {
  constructor(private readonly questionnaires: QuestionnaireService) {}

  async forPost(
    em: EntityManager,
    postId: string,
    drafts: boolean,
  ): Promise<QuestionnaireChangeType> {
    const post = await this.questionnaires.visible(em, postId, drafts);
    if (post.moment !== QuestionnaireMoment.Post || !post.pairedWithId) {
      throw notAPostQuestionnaire();
    }
    // One after the other: the operation's transaction is one connection.
    const items = await this.questionnaires.itemsOf(em, post.id);
    const rows = await em.execute<ChangeRow[]>('select * from app_questionnaire_change(?)', [
      post.id,
    ]);
    const [{ complete }] = await em.execute<{ complete: boolean }[]>(
      'select app_runs_edition(?) as complete',
      [post.editionId],
    );
    return {
      preQuestionnaireId: post.pairedWithId,
      postQuestionnaireId: post.id,
      complete,
      suppressionThreshold: SUPPRESSION_THRESHOLD,
      items: items
        .filter((item) => item.kind === ItemKind.Likert)
        .map((item) => {
          const row = rows.find((candidate) => candidate.item_key === item.key);
          return {
            itemKey: item.key,
            prompt: item.prompt,
            ...toItemChange(
              row && { paired: row.paired, totalChange: row.total_change, improved: row.improved },
            ),
          };
        }),
    };
  }
}
