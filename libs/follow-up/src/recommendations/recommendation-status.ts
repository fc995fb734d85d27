import { graphqlEnum } from '@inclusion/graphql';

/** Where a recommendation is on its way from the cohorts to the city. */
export enum RecommendationStatus {
  Draft = 'draft',
  /** Adopted by the group that wrote it. */
  Adopted = 'adopted',
  /** Presented at the public restitution. */
  Presented = 'presented',
  /** Submitted to the city, which answers it. */
  Submitted = 'submitted',
}

export const RecommendationStatusEnum = graphqlEnum(RecommendationStatus, 'RecommendationStatus');

const S = RecommendationStatus;

/**
 * A group may take back what it adopted; not every recommendation is presented in public before
 * it goes to the city; once submitted, the text is the one the city answers, so it no longer moves.
 */
const NEXT: Record<RecommendationStatus, RecommendationStatus[]> = {
  [S.Draft]: [S.Adopted],
  [S.Adopted]: [S.Draft, S.Presented, S.Submitted],
  [S.Presented]: [S.Submitted],
  [S.Submitted]: [],
};

export const canAdvance = (from: RecommendationStatus, to: RecommendationStatus): boolean =>
  NEXT[from].includes(to);

/** Its text may still change: the group has not presented or submitted it. */
export const isEditable = (status: RecommendationStatus): boolean =>
  status === S.Draft || status === S.Adopted;
