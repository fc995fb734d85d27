import { AppError } from '@inclusion/graphql';

export const editionNotFound = (): AppError =>
  new AppError('NOT_FOUND', 'EDITION_NOT_FOUND', {
    fr: "Cette édition n'existe pas ou n'est pas accessible.",
    en: 'This edition does not exist or is not accessible.',
  });

export const phaseNotFound = (): AppError =>
  new AppError('NOT_FOUND', 'PHASE_NOT_FOUND', {
    fr: "Cette phase n'existe pas ou n'est pas accessible.",
    en: 'This phase does not exist or is not accessible.',
  });

export const deliverableNotFound = (): AppError =>
  new AppError('NOT_FOUND', 'DELIVERABLE_NOT_FOUND', {
    fr: "Ce livrable n'existe pas ou n'est pas accessible.",
    en: 'This deliverable does not exist or is not accessible.',
  });

export const transitionNotAllowed = (from: string, action: string): AppError =>
  new AppError(
    'CONFLICT',
    'PHASE_TRANSITION_NOT_ALLOWED',
    {
      fr: `Impossible de faire cela : la phase est « ${from} ».`,
      en: `This cannot be done: the phase is "${from}".`,
    },
    { from, action },
  );

export const mandatoryDeliverablesOpen = (keys: string[]): AppError =>
  new AppError(
    'CONFLICT',
    'MANDATORY_DELIVERABLES_OPEN',
    {
      fr: 'La phase ne peut pas être terminée : des livrables obligatoires restent à faire.',
      en: 'The phase cannot be marked done: mandatory deliverables are still open.',
    },
    { deliverables: keys },
  );

export const phaseClosed = (): AppError =>
  new AppError('CONFLICT', 'PHASE_CLOSED', {
    fr: 'Cette phase est terminée ou écartée : rouvrez-la pour modifier ses livrables.',
    en: 'This phase is done or skipped: reopen it to change its deliverables.',
  });

export const evidenceRequired = (): AppError =>
  new AppError('BAD_USER_INPUT', 'EVIDENCE_REQUIRED', {
    fr: 'Ajoutez une preuve : un lien ou une note.',
    en: 'Add evidence: a link or a note.',
  });

export const invalidDateRange = (): AppError =>
  new AppError('BAD_USER_INPUT', 'INVALID_DATE_RANGE', {
    fr: 'La date de fin doit suivre la date de début.',
    en: 'The end date must not come before the start date.',
  });

export const activityNotFound = (): AppError =>
  new AppError('NOT_FOUND', 'ACTIVITY_NOT_FOUND', {
    fr: "Cette activité n'existe pas ou n'est pas accessible.",
    en: 'This activity does not exist or is not accessible.',
  });

export const registrationNotFound = (): AppError =>
  new AppError('NOT_FOUND', 'REGISTRATION_NOT_FOUND', {
    fr: "Cette inscription n'existe pas ou n'est pas accessible.",
    en: 'This registration does not exist or is not accessible.',
  });

export const memberNotFound = (): AppError =>
  new AppError('NOT_FOUND', 'MEMBER_NOT_FOUND', {
    fr: 'Cette personne ne fait pas partie de la collectivité.',
    en: 'This person is not a member of this city.',
  });

export const activityFull = (): AppError =>
  new AppError('CONFLICT', 'ACTIVITY_FULL', {
    fr: 'Cette activité est complète.',
    en: 'This activity is full.',
  });

export const activityCancelled = (): AppError =>
  new AppError('CONFLICT', 'ACTIVITY_CANCELLED', {
    fr: 'Cette activité a été annulée.',
    en: 'This activity has been cancelled.',
  });

export const trackRequired = (): AppError =>
  new AppError('BAD_USER_INPUT', 'TRACK_REQUIRED', {
    fr: 'Précisez le parcours de la formation : nouveaux arrivants, acteurs publics ou commun.',
    en: 'Say which track the training is for: newcomers, public actors or joint.',
  });

export const phaseNotInEdition = (): AppError =>
  new AppError('BAD_USER_INPUT', 'PHASE_NOT_IN_EDITION', {
    fr: "Cette phase n'appartient pas à cette édition.",
    en: 'This phase does not belong to this edition.',
  });

export const labNotFound = (): AppError =>
  new AppError('NOT_FOUND', 'POLICY_LAB_NOT_FOUND', {
    fr: "Ce Policy Lab n'existe pas ou n'est pas accessible.",
    en: 'This Policy Lab does not exist or is not accessible.',
  });

export const artefactNotFound = (): AppError =>
  new AppError('NOT_FOUND', 'ARTEFACT_NOT_FOUND', {
    fr: "Cet élément n'existe pas ou n'est pas accessible.",
    en: 'This item does not exist or is not accessible.',
  });

export const experimentNotFound = (): AppError =>
  new AppError('NOT_FOUND', 'EXPERIMENT_NOT_FOUND', {
    fr: "Cette micro-expérimentation n'existe pas ou n'est pas accessible.",
    en: 'This micro-experimentation does not exist or is not accessible.',
  });

export const notAnIdea = (): AppError =>
  new AppError('CONFLICT', 'NOT_AN_IDEA', {
    fr: 'Seules les idées peuvent être soutenues.',
    en: 'Only ideas can be supported.',
  });

export const lastLabStep = (): AppError =>
  new AppError('CONFLICT', 'LAB_AT_LAST_STEP', {
    fr: 'Ce Policy Lab est déjà à sa dernière étape : le test.',
    en: 'This Policy Lab is already at its last step: the test.',
  });

export const stepNotReached = (): AppError =>
  new AppError('CONFLICT', 'LAB_STEP_NOT_REACHED', {
    fr: "Le Policy Lab n'a pas encore atteint cette étape.",
    en: 'The Policy Lab has not reached this step yet.',
  });

export const wrongActivityKind = (expected: string): AppError =>
  new AppError(
    'BAD_USER_INPUT',
    'WRONG_ACTIVITY_KIND',
    {
      fr: "Cette activité n'est pas du bon type pour cela.",
      en: 'This activity is not of the right kind for this.',
    },
    { expected },
  );

export const experimentTransitionNotAllowed = (from: string, action: string): AppError =>
  new AppError(
    'CONFLICT',
    'EXPERIMENT_TRANSITION_NOT_ALLOWED',
    {
      fr: `Impossible de faire cela : la micro-expérimentation est « ${from} ».`,
      en: `This cannot be done: the micro-experimentation is "${from}".`,
    },
    { from, action },
  );

export const activityPast = (): AppError =>
  new AppError('CONFLICT', 'ACTIVITY_PAST', {
    fr: 'Cette activité a déjà eu lieu.',
    en: 'This activity has already taken place.',
  });

export const notAFacilitator = (): AppError =>
  new AppError('BAD_USER_INPUT', 'NOT_A_FACILITATOR', {
    fr: "Cette personne n'a pas le rôle d'animateur ou d'animatrice dans la collectivité.",
    en: 'This person does not have the facilitator role in this city.',
  });
