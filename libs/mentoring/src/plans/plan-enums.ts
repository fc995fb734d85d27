import { graphqlEnum } from '@inclusion/graphql';

export enum PlanActionStatus {
  Planned = 'planned',
  InProgress = 'in_progress',
  Done = 'done',
  Dropped = 'dropped',
}

/** The study visit a version is frozen at: drafted, consolidated, revised. */
export enum PlanStage {
  First = 'first',
  Second = 'second',
  Third = 'third',
}

export enum PlanVersionStatus {
  Submitted = 'submitted',
  Approved = 'approved',
  ChangesRequested = 'changes_requested',
}

export const PlanActionStatusEnum = graphqlEnum(PlanActionStatus, 'PlanActionStatus');
export const PlanStageEnum = graphqlEnum(PlanStage, 'PlanStage');
export const PlanVersionStatusEnum = graphqlEnum(PlanVersionStatus, 'PlanVersionStatus');
