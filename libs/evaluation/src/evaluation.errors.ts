import { AppError } from '@inclusion/graphql';

export const questionnaireNotFound = (): AppError =>
  new AppError('NOT_FOUND', 'QUESTIONNAIRE_NOT_FOUND', {
    fr: "Ce questionnaire n'existe pas ou n'est pas accessible.",
    en: 'This questionnaire does not exist or is not accessible.',
  });

export const preQuestionnaireRequired = (): AppError =>
  new AppError('BAD_USER_INPUT', 'PRE_QUESTIONNAIRE_REQUIRED', {
    fr: 'Un questionnaire « après » nomme le questionnaire « avant » auquel il est comparé, et lui seul.',
    en: 'A post questionnaire names the pre questionnaire it is compared with, and only it does.',
  });

export const invalidPair = (): AppError =>
  new AppError('BAD_USER_INPUT', 'INVALID_QUESTIONNAIRE_PAIR', {
    fr: 'Le questionnaire « avant » doit être de la même édition et pour la même cohorte.',
    en: 'The pre questionnaire must belong to the same edition and be for the same cohort.',
  });

export const duplicateItemKey = (key: string): AppError =>
  new AppError(
    'BAD_USER_INPUT',
    'DUPLICATE_ITEM_KEY',
    {
      fr: `Deux questions ont la clé « ${key} » : chaque clé est unique.`,
      en: `Two items have the key "${key}": each key is unique.`,
    },
    { key },
  );

export const duplicateOptionKey = (key: string): AppError =>
  new AppError(
    'BAD_USER_INPUT',
    'DUPLICATE_OPTION_KEY',
    {
      fr: `La question « ${key} » a deux choix de même clé.`,
      en: `Item "${key}" has two options with the same key.`,
    },
    { key },
  );

export const choiceOptionsRequired = (key: string): AppError =>
  new AppError(
    'BAD_USER_INPUT',
    'CHOICE_OPTIONS_REQUIRED',
    {
      fr: `La question à choix « ${key} » propose au moins deux choix.`,
      en: `Choice item "${key}" needs at least two options.`,
    },
    { key },
  );

export const likertScaleRequired = (key: string): AppError =>
  new AppError(
    'BAD_USER_INPUT',
    'LIKERT_SCALE_REQUIRED',
    {
      fr: `L'échelle « ${key} » nomme ses deux extrémités.`,
      en: `Likert item "${key}" names both ends of its scale.`,
    },
    { key },
  );

export const fieldsForOtherKind = (key: string, field: string): AppError =>
  new AppError(
    'BAD_USER_INPUT',
    'ITEM_FIELD_FOR_OTHER_KIND',
    {
      fr: `La question « ${key} » n'a pas de « ${field} » : retirez-le.`,
      en: `Item "${key}" takes no "${field}": leave it out.`,
    },
    { key, field },
  );

export const itemNotInPre = (key: string, kind: string): AppError =>
  new AppError(
    'BAD_USER_INPUT',
    'ITEM_NOT_IN_PRE',
    {
      fr: `La question « ${key} » doit figurer, de même type, dans le questionnaire « avant » pour que les réponses se comparent.`,
      en: `Item "${key}" must be in the pre questionnaire, of the same kind, for answers to compare.`,
    },
    { key, kind },
  );

export const questionnaireHasAnswers = (): AppError =>
  new AppError('CONFLICT', 'QUESTIONNAIRE_HAS_ANSWERS', {
    fr: 'Ce questionnaire a déjà des réponses : ses questions ne changent plus.',
    en: 'This questionnaire already has answers: its items can no longer change.',
  });

export const questionnaireEmpty = (): AppError =>
  new AppError('CONFLICT', 'QUESTIONNAIRE_EMPTY', {
    fr: 'Ajoutez au moins une question avant d’ouvrir le questionnaire.',
    en: 'Add at least one item before opening the questionnaire.',
  });

export const statusChangeNotAllowed = (from: string, to: string): AppError =>
  new AppError(
    'CONFLICT',
    'QUESTIONNAIRE_STATUS_NOT_ALLOWED',
    {
      fr: `Un questionnaire « ${from} » ne peut pas passer à « ${to} ».`,
      en: `A questionnaire that is "${from}" cannot become "${to}".`,
    },
    { from, to },
  );

export const questionnaireNotOpen = (opensOn: string, closesOn: string): AppError =>
  new AppError(
    'CONFLICT',
    'QUESTIONNAIRE_NOT_OPEN',
    {
      fr: `Ce questionnaire reçoit des réponses une fois ouvert, du ${opensOn} au ${closesOn}.`,
      en: `This questionnaire takes answers once open, from ${opensOn} to ${closesOn}.`,
    },
    { opensOn, closesOn },
  );

export const notAParticipant = (): AppError =>
  new AppError('FORBIDDEN', 'NOT_A_PARTICIPANT', {
    fr: 'Seules les personnes sélectionnées dans cette édition y répondent.',
    en: 'Only the people selected in this edition take part in it.',
  });

export const notForCohort = (): AppError =>
  new AppError('FORBIDDEN', 'QUESTIONNAIRE_FOR_OTHER_COHORT', {
    fr: "Ce questionnaire s'adresse à l'autre cohorte.",
    en: 'This questionnaire is for the other cohort.',
  });

export const responseAlreadySubmitted = (): AppError =>
  new AppError('CONFLICT', 'RESPONSE_ALREADY_SUBMITTED', {
    fr: 'Vous avez déjà répondu à ce questionnaire ; une réponse envoyée est définitive.',
    en: 'You have already answered this questionnaire; a response once sent is final.',
  });

export const unknownItem = (itemKey: string): AppError =>
  new AppError(
    'BAD_USER_INPUT',
    'UNKNOWN_ITEM',
    {
      fr: `Ce questionnaire n'a pas de question « ${itemKey} ».`,
      en: `This questionnaire has no item "${itemKey}".`,
    },
    { itemKey },
  );

export const answersMissing = (itemKeys: string[]): AppError =>
  new AppError(
    'BAD_USER_INPUT',
    'ANSWERS_MISSING',
    {
      fr: 'Répondez à chaque question à échelle ou à choix.',
      en: 'Answer every scale and choice item.',
    },
    { itemKeys },
  );

export const answerShapeMismatch = (itemKey: string, kind: string): AppError =>
  new AppError(
    'BAD_USER_INPUT',
    'ANSWER_SHAPE_MISMATCH',
    {
      fr: `La réponse à « ${itemKey} » ne correspond pas au type de la question.`,
      en: `The answer to "${itemKey}" does not fit the kind of item.`,
    },
    { itemKey, kind },
  );

export const likertOutOfRange = (itemKey: string): AppError =>
  new AppError(
    'BAD_USER_INPUT',
    'LIKERT_OUT_OF_RANGE',
    {
      fr: `Répondez à « ${itemKey} » par un nombre de 1 à 5.`,
      en: `Answer "${itemKey}" with a number from 1 to 5.`,
    },
    { itemKey },
  );

export const unknownChoice = (itemKey: string, choices: string[]): AppError =>
  new AppError(
    'BAD_USER_INPUT',
    'UNKNOWN_CHOICE',
    {
      fr: `La question « ${itemKey} » ne propose pas ce choix.`,
      en: `Item "${itemKey}" does not offer this option.`,
    },
    { itemKey, choices },
  );

export const answerTooLong = (itemKey: string, maximum: number): AppError =>
  new AppError(
    'BAD_USER_INPUT',
    'ANSWER_TOO_LONG',
    {
      fr: `La réponse à « ${itemKey} » dépasse ${maximum} caractères.`,
      en: `The answer to "${itemKey}" is longer than ${maximum} characters.`,
    },
    { itemKey, maximum },
  );

export const notAPostQuestionnaire = (): AppError =>
  new AppError('BAD_USER_INPUT', 'NOT_A_POST_QUESTIONNAIRE', {
    fr: 'L’évolution se mesure sur un questionnaire « après » relié à son questionnaire « avant ».',
    en: 'Change is measured on a post questionnaire paired with its pre questionnaire.',
  });

export const logbookEntryNotFound = (): AppError =>
  new AppError('NOT_FOUND', 'LOGBOOK_ENTRY_NOT_FOUND', {
    fr: "Cette entrée de carnet n'existe pas ou n'est pas la vôtre.",
    en: 'This logbook entry does not exist or is not yours.',
  });

export const stepRequired = (): AppError =>
  new AppError('BAD_USER_INPUT', 'STEP_REQUIRED', {
    fr: "Indiquez l'étape : une phase de l'édition ou quelques mots.",
    en: 'Name the step: a phase of the edition, or a few words.',
  });

export const unknownPhase = (phaseKey: string): AppError =>
  new AppError(
    'BAD_USER_INPUT',
    'UNKNOWN_PHASE',
    {
      fr: `L'édition n'a pas de phase « ${phaseKey} ».`,
      en: `The edition has no phase "${phaseKey}".`,
    },
    { phaseKey },
  );

export const entryTextRequired = (): AppError =>
  new AppError('BAD_USER_INPUT', 'ENTRY_TEXT_REQUIRED', {
    fr: 'Écrivez quelques mots dans votre entrée de carnet.',
    en: 'Write a few words in your logbook entry.',
  });
