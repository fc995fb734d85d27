import { graphqlEnum } from '@inclusion/graphql';

/** The four steps of a Policy Lab, in order. */
export enum LabStep {
  SharedDiagnosis = 'shared_diagnosis',
  Ideation = 'ideation',
  Prototyping = 'prototyping',
  Test = 'test',
}

export const LAB_STEPS: readonly LabStep[] = Object.values(LabStep);

export enum ArtefactKind {
  Finding = 'finding',
  Idea = 'idea',
  Prototype = 'prototype',
}

export const LabStepEnum = graphqlEnum(LabStep, 'LabStep');
export const ArtefactKindEnum = graphqlEnum(ArtefactKind, 'ArtefactKind');
