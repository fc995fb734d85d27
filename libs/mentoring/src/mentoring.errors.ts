import { AppError } from '@inclusion/graphql';

export const partnershipNotFound = (): AppError =>
  new AppError('NOT_FOUND', 'PARTNERSHIP_NOT_FOUND', {
    fr: "Ce partenariat n'existe pas ou n'est pas accessible.",
    en: 'This partnership does not exist or is not accessible.',
  });

export const cityNotFound = (): AppError =>
  new AppError('NOT_FOUND', 'CITY_NOT_FOUND', {
    fr: "Cette ville n'existe pas ou n'est plus active.",
    en: 'This city does not exist or is no longer active.',
  });

export const sameCity = (): AppError =>
  new AppError('BAD_USER_INPUT', 'PARTNERSHIP_SAME_CITY', {
    fr: 'Une ville ne se parraine pas elle-même : choisissez deux villes.',
    en: 'A city does not mentor itself: choose two cities.',
  });

export const partnershipStatusNotAllowed = (status: string, action: string): AppError =>
  new AppError(
    'CONFLICT',
    'PARTNERSHIP_STATUS_NOT_ALLOWED',
    {
      fr: `Un partenariat « ${status} » ne permet pas cette action (${action}).`,
      en: `A partnership that is "${status}" does not allow this (${action}).`,
    },
    { status, action },
  );

export const notAPartyMember = (): AppError =>
  new AppError('BAD_USER_INPUT', 'NOT_A_MEMBER', {
    fr: 'Seuls des membres actifs de votre ville peuvent être nommés dans le partenariat.',
    en: 'Only active members of your city can be named in the partnership.',
  });

export const notAReviewer = (): AppError =>
  new AppError('FORBIDDEN', 'NOT_A_REVIEWER', {
    fr: 'Seules les personnes que la ville mentore a nommées lisent les travaux de la ville apprenante.',
    en: 'Only the people the mentor city named read the learner city’s work.',
  });

export const notAnAuthor = (): AppError =>
  new AppError('FORBIDDEN', 'NOT_A_PLAN_AUTHOR', {
    fr: 'Seuls les coordinateurs et les auteurs nommés par la ville apprenante écrivent ici.',
    en: 'Only the learner city’s coordinators and named authors write here.',
  });

export const criterionNotFound = (): AppError =>
  new AppError('NOT_FOUND', 'CRITERION_NOT_FOUND', {
    fr: "Ce critère n'existe pas dans la bibliothèque.",
    en: 'This criterion is not in the library.',
  });

export const notInChosenCriteria = (): AppError =>
  new AppError('BAD_USER_INPUT', 'NOT_IN_CHOSEN_CRITERIA', {
    fr: 'Ce facteur ou cet indicateur n’appartient à aucun critère choisi par le partenariat.',
    en: 'This key factor or indicator belongs to no criterion the partnership chose.',
  });

export const planActionNotFound = (): AppError =>
  new AppError('NOT_FOUND', 'PLAN_ACTION_NOT_FOUND', {
    fr: "Cette action n'existe pas ou n'est pas accessible.",
    en: 'This action does not exist or is not accessible.',
  });

export const planVersionNotFound = (): AppError =>
  new AppError('NOT_FOUND', 'PLAN_VERSION_NOT_FOUND', {
    fr: "Cette version du plan n'existe pas ou n'est pas accessible.",
    en: 'This version of the plan does not exist or is not accessible.',
  });

export const keyFactorsOutsideCriterion = (): AppError =>
  new AppError('BAD_USER_INPUT', 'KEY_FACTORS_OUTSIDE_CRITERION', {
    fr: 'Les facteurs clés d’une action sont ceux de son critère.',
    en: 'An action’s key factors are those of its criterion.',
  });

export const emptyPlan = (): AppError =>
  new AppError('CONFLICT', 'PLAN_EMPTY', {
    fr: 'Ajoutez au moins une action avant de soumettre le plan.',
    en: 'Add at least one action before submitting the plan.',
  });

export const actionNotApproved = (): AppError =>
  new AppError('CONFLICT', 'ACTION_NOT_APPROVED', {
    fr: 'Seule une action de la dernière version approuvée du plan devient un engagement.',
    en: 'Only an action of the plan’s latest approved version becomes a commitment.',
  });

export const versionsOfOtherPlans = (): AppError =>
  new AppError('BAD_USER_INPUT', 'VERSIONS_OF_OTHER_PLANS', {
    fr: 'Comparez deux versions du même plan.',
    en: 'Compare two versions of the same plan.',
  });

export const notInVersion = (): AppError =>
  new AppError('BAD_USER_INPUT', 'NOT_IN_VERSION', {
    fr: 'Ce commentaire porte sur une action ou répond à un commentaire d’une autre version.',
    en: 'This comment is about an action, or answers a comment, of another version.',
  });

export const versionAlreadyDecided = (): AppError =>
  new AppError('CONFLICT', 'VERSION_ALREADY_DECIDED', {
    fr: 'Cette version a déjà reçu une décision, ou une version plus récente l’a remplacée.',
    en: 'This version already has a decision, or a newer version replaced it.',
  });

export const studyVisitNotFound = (): AppError =>
  new AppError('NOT_FOUND', 'STUDY_VISIT_NOT_FOUND', {
    fr: "Cette visite d'étude n'existe pas ou n'est pas accessible.",
    en: 'This study visit does not exist or is not accessible.',
  });

export const networkEventNotFound = (): AppError =>
  new AppError('NOT_FOUND', 'NETWORK_EVENT_NOT_FOUND', {
    fr: "Cet événement du réseau n'existe pas.",
    en: 'This network event does not exist.',
  });
