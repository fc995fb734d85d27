import { AppError } from '@inclusion/graphql';

export const recommendationNotFound = (): AppError =>
  new AppError('NOT_FOUND', 'RECOMMENDATION_NOT_FOUND', {
    fr: "Cette recommandation n'existe pas ou n'est pas accessible.",
    en: 'This recommendation does not exist or is not accessible.',
  });

export const commitmentNotFound = (): AppError =>
  new AppError('NOT_FOUND', 'COMMITMENT_NOT_FOUND', {
    fr: "Cet engagement n'existe pas ou n'est pas accessible.",
    en: 'This commitment does not exist or is not accessible.',
  });

export const cityNotFound = (): AppError =>
  new AppError('NOT_FOUND', 'CITY_NOT_FOUND', {
    fr: "Cette ville n'existe pas ou ne publie pas son suivi.",
    en: 'This city does not exist or does not publish its follow-up.',
  });

export const labNotInEdition = (): AppError =>
  new AppError('BAD_USER_INPUT', 'POLICY_LAB_NOT_IN_EDITION', {
    fr: "Ce Policy Lab n'appartient pas à l'édition de la recommandation.",
    en: 'This Policy Lab does not belong to the recommendation’s edition.',
  });

export const localThemeMismatch = (): AppError =>
  new AppError('BAD_USER_INPUT', 'LOCAL_THEME_MISMATCH', {
    fr: 'Nommez le thème propre à la ville quand le thème est « local », et seulement alors.',
    en: 'Name the city’s own theme when the theme is LOCAL, and only then.',
  });

export const recommendationStatusNotAllowed = (from: string, to: string): AppError =>
  new AppError(
    'CONFLICT',
    'RECOMMENDATION_STATUS_NOT_ALLOWED',
    {
      fr: `Une recommandation « ${from} » ne peut pas passer à « ${to} ».`,
      en: `A recommendation that is "${from}" cannot become "${to}".`,
    },
    { from, to },
  );

export const recommendationNotEditable = (): AppError =>
  new AppError('CONFLICT', 'RECOMMENDATION_NOT_EDITABLE', {
    fr: 'Une recommandation présentée ou remise à la ville ne change plus.',
    en: 'A recommendation presented or submitted to the city no longer changes.',
  });

export const notACoauthor = (): AppError =>
  new AppError('FORBIDDEN', 'NOT_A_COAUTHOR', {
    fr: 'Seuls ses coauteurs et l’équipe de l’édition modifient cette recommandation.',
    en: 'Only its co-authors and the edition’s team change this recommendation.',
  });

export const notAMember = (field: string): AppError =>
  new AppError(
    'BAD_USER_INPUT',
    'NOT_A_MEMBER',
    {
      fr: 'Cette personne n’est pas membre active de la ville.',
      en: 'This person is not an active member of the city.',
    },
    { field },
  );

export const recommendationNotSubmitted = (): AppError =>
  new AppError('CONFLICT', 'RECOMMENDATION_NOT_SUBMITTED', {
    fr: 'La ville répond aux recommandations qui lui ont été remises.',
    en: 'The city answers the recommendations submitted to it.',
  });

export const declineReasonRequired = (): AppError =>
  new AppError('BAD_USER_INPUT', 'DECLINE_REASON_REQUIRED', {
    fr: 'Dites pourquoi la ville ne retient pas cette recommandation.',
    en: 'Say why the city declines this recommendation.',
  });

export const answerDateInFuture = (): AppError =>
  new AppError('BAD_USER_INPUT', 'ANSWER_DATE_IN_FUTURE', {
    fr: 'La date de la réponse ne peut pas être dans le futur.',
    en: 'The answer cannot be dated in the future.',
  });

export const answerHasCommitments = (): AppError =>
  new AppError('CONFLICT', 'ANSWER_HAS_COMMITMENTS', {
    fr: 'La ville a déjà pris des engagements sur cette recommandation : abandonnez-les avant de revenir sur sa réponse.',
    en: 'The city already made commitments on this recommendation: abandon them before changing its answer.',
  });

export const recommendationNotAccepted = (): AppError =>
  new AppError('CONFLICT', 'RECOMMENDATION_NOT_ACCEPTED', {
    fr: 'Seule une recommandation acceptée, même en partie, devient un engagement.',
    en: 'Only an accepted or partly accepted recommendation becomes a commitment.',
  });

export const recommendationInUse = (): AppError =>
  new AppError('CONFLICT', 'RECOMMENDATION_NOT_DRAFT', {
    fr: 'Seul un brouillon se supprime.',
    en: 'Only a draft can be deleted.',
  });

export const externalIdTaken = (externalId: string): AppError =>
  new AppError(
    'CONFLICT',
    'EXTERNAL_ID_TAKEN',
    {
      fr: `La référence « ${externalId} » est déjà utilisée dans cette ville.`,
      en: `The reference "${externalId}" is already used in this city.`,
    },
    { externalId },
  );

export const actionAlreadyCommitted = (): AppError =>
  new AppError('CONFLICT', 'ACTION_ALREADY_COMMITTED', {
    fr: 'La ville a déjà pris un engagement pour cette action de son plan.',
    en: 'The city already made a commitment for this action of its plan.',
  });

export const milestoneOfMilestone = (): AppError =>
  new AppError('BAD_USER_INPUT', 'MILESTONE_OF_MILESTONE', {
    fr: 'Une étape appartient à un engagement, pas à une autre étape.',
    en: 'A milestone belongs to a commitment, not to another milestone.',
  });

export const abandonReasonRequired = (): AppError =>
  new AppError('BAD_USER_INPUT', 'ABANDON_REASON_REQUIRED', {
    fr: 'Dites pourquoi l’engagement est abandonné : les participants le liront.',
    en: 'Say why the commitment is abandoned: the participants will read it.',
  });

export const progressRollsUp = (): AppError =>
  new AppError('CONFLICT', 'PROGRESS_ROLLS_UP', {
    fr: 'L’avancement de cet engagement se calcule à partir de ses étapes : mettez-les à jour.',
    en: 'This commitment’s progress is computed from its milestones: update them instead.',
  });

export const notTheOwner = (): AppError =>
  new AppError('FORBIDDEN', 'NOT_COMMITMENT_OWNER', {
    fr: 'Seuls la personne responsable et les coordinateurs mettent à jour cet engagement.',
    en: 'Only its owner and the coordinators update this commitment.',
  });

export const invalidEvidenceLink = (link: string): AppError =>
  new AppError(
    'BAD_USER_INPUT',
    'INVALID_EVIDENCE_LINK',
    {
      fr: 'Une preuve est un lien web complet (https://…).',
      en: 'Evidence is a full web link (https://…).',
    },
    { link: link.slice(0, 100) },
  );

export const nothingToRecord = (): AppError =>
  new AppError('BAD_USER_INPUT', 'NOTHING_TO_RECORD', {
    fr: 'Indiquez un avancement, un statut ou une note.',
    en: 'Give a progress, a status or a note.',
  });

export const publishMilestone = (): AppError =>
  new AppError('BAD_USER_INPUT', 'PUBLISH_PARENT_INSTEAD', {
    fr: 'Une étape est publiée avec son engagement : publiez l’engagement.',
    en: 'A milestone is published with its commitment: publish the commitment.',
  });

export const invalidPeriod = (maximum: number): AppError =>
  new AppError(
    'BAD_USER_INPUT',
    'INVALID_PERIOD',
    {
      fr: `La période va d’une date à une date qui la suit, sur ${maximum} intervalles au plus.`,
      en: `The period runs from a date to a later one, over at most ${maximum} intervals.`,
    },
    { maximum },
  );

export const commitmentFieldsRequired = (fields: string[]): AppError =>
  new AppError(
    'BAD_USER_INPUT',
    'COMMITMENT_FIELDS_REQUIRED',
    {
      fr: `Un engagement a un service responsable, une personne responsable et ses dates ; il manque : ${fields.join(', ')}.`,
      en: `A commitment has a department, an owner and its dates; missing: ${fields.join(', ')}.`,
    },
    { fields },
  );
