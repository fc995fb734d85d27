import { graphqlEnum } from '@inclusion/graphql';

export enum CommitmentStatus {
  NotStarted = 'not_started',
  InProgress = 'in_progress',
  Done = 'done',
  Delayed = 'delayed',
  /** Given up, with a reason the cohorts can read. */
  Abandoned = 'abandoned',
}

export const CommitmentStatusEnum = graphqlEnum(CommitmentStatus, 'CommitmentStatus');

/** Nothing more is expected of it: it is neither overdue nor stale, and nobody is reminded. */
export const isClosed = (status: CommitmentStatus): boolean =>
  status === CommitmentStatus.Done || status === CommitmentStatus.Abandoned;
