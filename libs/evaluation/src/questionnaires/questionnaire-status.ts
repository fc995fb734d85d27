import { graphqlEnum } from '@inclusion/graphql';

/** When a questionnaire is taken: before the training, after it, or at another point. */
export enum QuestionnaireMoment {
  Pre = 'pre',
  Post = 'post',
  Other = 'other',
}

export const QuestionnaireMomentEnum = graphqlEnum(QuestionnaireMoment, 'QuestionnaireMoment');

/** A draft is the coordinator's; an open one takes answers between its dates; a closed one, none. */
export enum QuestionnaireStatus {
  Draft = 'draft',
  Open = 'open',
  Closed = 'closed',
}

export const QuestionnaireStatusEnum = graphqlEnum(QuestionnaireStatus, 'QuestionnaireStatus');
