import { graphqlEnum } from '@inclusion/graphql';

/** The city's answer to a submitted recommendation. */
export enum AnswerDecision {
  Accepted = 'accepted',
  PartlyAccepted = 'partly_accepted',
  Declined = 'declined',
  UnderStudy = 'under_study',
}

export const AnswerDecisionEnum = graphqlEnum(AnswerDecision, 'AnswerDecision');

/** What the city took on: only these become commitments. */
export const isAcceptance = (decision: AnswerDecision | null | undefined): boolean =>
  decision === AnswerDecision.Accepted || decision === AnswerDecision.PartlyAccepted;
