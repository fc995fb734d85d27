import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EditionService, invalidDateRange } from '@inclusion/editions';
import type { Translated } from '@inclusion/i18n';
import type { RequestContext } from '@inclusion/identity';
import type { Cohort } from '@inclusion/participants';
import {
  invalidPair,
  preQuestionnaireRequired,
  questionnaireEmpty,
  questionnaireHasAnswers,
  questionnaireNotFound,
  statusChangeNotAllowed,
} from '../evaluation.errors';
import { checkItems, checkPairedItems, type ItemDraft } from './item-rules';
import { QuestionnaireItem } from './questionnaire-item.entity';
import { QuestionnaireMoment, QuestionnaireStatus } from './questionnaire-status';
import { Questionnaire } from './questionnaire.entity';

export interface QuestionnaireDraft {
  editionId: string;
  title: Translated;
  cohort?: Cohort | null;
  moment: QuestionnaireMoment;
  pairedWithId?: string | null;
  opensOn: string;
  closesOn: string;
}

const NEXT_STATUS: Partial<Record<QuestionnaireStatus, QuestionnaireStatus>> = {
  [QuestionnaireStatus.Draft]: QuestionnaireStatus.Open,
  [QuestionnaireStatus.Open]: QuestionnaireStatus.Closed,
};

@Injectable()
export class QuestionnaireService {
  constructor(private readonly editions: EditionService) {}

  async create(ctx: RequestContext, draft: QuestionnaireDraft): Promise<Questionnaire> {
    const edition = await this.editions.get(ctx.em, draft.editionId);
    const cohort = draft.cohort ?? null;
    const pairedWithId = draft.pairedWithId ?? null;
    if ((draft.moment === QuestionnaireMoment.Post) !== (pairedWithId !== null)) {
      throw preQuestionnaireRequired();
    }
    if (pairedWithId) {
      const pre = await ctx.em.findOne(Questionnaire, { id: pairedWithId });
      if (
        pre?.editionId !== edition.id ||
        pre.moment !== QuestionnaireMoment.Pre ||
        (pre.cohort ?? null) !== cohort
      ) {
        throw invalidPair();
      }
    }
    if (draft.closesOn < draft.opensOn) throw invalidDateRange();
    const questionnaire = ctx.em.create(Questionnaire, {
      tenantId: edition.tenantId,
      editionId: edition.id,
      title: draft.title,
      cohort,
      moment: draft.moment,
      pairedWithId,
      opensOn: draft.opensOn,
      closesOn: draft.closesOn,
      createdById: ctx.requireActor().user.id,
    });
    await ctx.em.flush();
    return questionnaire;
  }

  async update(
    ctx: RequestContext,
    id: string,
    changes: Partial<Pick<QuestionnaireDraft, 'title' | 'opensOn' | 'closesOn'>>,
  ): Promise<Questionnaire> {
    const questionnaire = await this.get(ctx.em, id);
    if (changes.title) questionnaire.title = changes.title;
    if (changes.opensOn) questionnaire.opensOn = changes.opensOn;
    if (changes.closesOn) questionnaire.closesOn = changes.closesOn;
    if (questionnaire.closesOn < questionnaire.opensOn) throw invalidDateRange();
    await ctx.em.flush();
    return questionnaire;
  }

  /**
   * Replaces the items. Answers are compared by item key, so once anyone has answered, the items
   * stay as they were answered; the row lock keeps a response from slipping in meanwhile.
   */
  async setItems(ctx: RequestContext, id: string, items: ItemDraft[]): Promise<Questionnaire> {
    const questionnaire = await this.get(ctx.em, id, LockMode.PESSIMISTIC_WRITE);
    checkItems(items);
    if (questionnaire.pairedWithId) {
      checkPairedItems(items, await this.itemsOf(ctx.em, questionnaire.pairedWithId));
    }
    if (await this.answered(ctx.em, questionnaire.id)) throw questionnaireHasAnswers();
    await ctx.em.nativeDelete(QuestionnaireItem, { questionnaireId: questionnaire.id });
    items.forEach((item, position) =>
      ctx.em.create(QuestionnaireItem, {
        tenantId: questionnaire.tenantId,
        questionnaireId: questionnaire.id,
        key: item.key,
        position,
        kind: item.kind,
        prompt: item.prompt,
        options: item.options ?? null,
        scale: item.scale ?? null,
      }),
    );
    await ctx.em.flush();
    return questionnaire;
  }

  /** Draft to open, open to closed. A post questionnaire is checked against its pre once more. */
  async moveTo(
    ctx: RequestContext,
    id: string,
    status: QuestionnaireStatus,
  ): Promise<Questionnaire> {
    const questionnaire = await this.get(ctx.em, id, LockMode.PESSIMISTIC_WRITE);
    if (NEXT_STATUS[questionnaire.status as QuestionnaireStatus] !== status) {
      throw statusChangeNotAllowed(questionnaire.status, status);
    }
    if (status === QuestionnaireStatus.Open) {
      const items = await this.itemsOf(ctx.em, questionnaire.id);
      if (!items.length) throw questionnaireEmpty();
      if (questionnaire.pairedWithId) {
        checkPairedItems(items, await this.itemsOf(ctx.em, questionnaire.pairedWithId));
      }
    }
    questionnaire.status = status;
    await ctx.em.flush();
    return questionnaire;
  }

  async get(em: EntityManager, id: string, lockMode?: LockMode): Promise<Questionnaire> {
    const questionnaire = await em.findOne(Questionnaire, { id }, { lockMode });
    if (!questionnaire) throw questionnaireNotFound();
    return questionnaire;
  }

  /** A questionnaire as a member sees it: drafts are only for those who write them. */
  async visible(em: EntityManager, id: string, drafts: boolean): Promise<Questionnaire> {
    const questionnaire = await this.get(em, id);
    if (!drafts && questionnaire.status === QuestionnaireStatus.Draft) {
      throw questionnaireNotFound();
    }
    return questionnaire;
  }

  async forEdition(em: EntityManager, editionId: string, drafts: boolean) {
    const edition = await this.editions.get(em, editionId);
    return em.find(
      Questionnaire,
      {
        editionId: edition.id,
        ...(drafts ? {} : { status: { $ne: QuestionnaireStatus.Draft } }),
      },
      { orderBy: { opensOn: 'asc', id: 'asc' } },
    );
  }

  itemsOf(em: EntityManager, questionnaireId: string): Promise<QuestionnaireItem[]> {
    return em.find(QuestionnaireItem, { questionnaireId }, { orderBy: { position: 'asc' } });
  }

  itemsOfMany(em: EntityManager, questionnaireIds: readonly string[]) {
    return em.find(
      QuestionnaireItem,
      { questionnaireId: { $in: [...questionnaireIds] } },
      { orderBy: { position: 'asc' } },
    );
  }

  /** Whether anyone answered: counted by the database's owner, since responses are private. */
  private async answered(em: EntityManager, questionnaireId: string): Promise<boolean> {
    const [row] = await em.execute<{ answered: boolean }[]>(
      'select app_questionnaire_answered(?) as answered',
      [questionnaireId],
    );
    return row.answered;
  }
}
