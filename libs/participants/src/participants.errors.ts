import { AppError } from '@inclusion/graphql';

export const callNotFound = (): AppError =>
  new AppError('NOT_FOUND', 'CALL_NOT_FOUND', {
    fr: "Cet appel à participation n'existe pas ou n'est pas accessible.",
    en: 'This call for participants does not exist or is not accessible.',
  });

export const callExists = (): AppError =>
  new AppError('CONFLICT', 'CALL_EXISTS', {
    fr: 'Cette cohorte a déjà un appel à participation pour cette édition.',
    en: 'This cohort already has a call for participants in this edition.',
  });

export const callNotOpen = (opensOn: string, closesOn: string): AppError =>
  new AppError(
    'CONFLICT',
    'CALL_NOT_OPEN',
    {
      fr: `Les candidatures sont reçues du ${opensOn} au ${closesOn}.`,
      en: `Applications are taken from ${opensOn} to ${closesOn}.`,
    },
    { opensOn, closesOn },
  );

export const consentRequired = (): AppError =>
  new AppError('BAD_USER_INPUT', 'CONSENT_REQUIRED', {
    fr: "Pour candidater, acceptez le traitement de vos données tel que l'avis le décrit.",
    en: 'To apply, agree to the processing of your data as the notice describes it.',
  });

export const consentOutdated = (current: string): AppError =>
  new AppError(
    'BAD_USER_INPUT',
    'CONSENT_OUTDATED',
    {
      fr: "L'avis de confidentialité a changé : relisez-le avant de candidater.",
      en: 'The privacy notice has changed: read it again before applying.',
    },
    { privacyPolicyVersion: current },
  );

export const unknownCountry = (code: string): AppError =>
  new AppError(
    'BAD_USER_INPUT',
    'UNKNOWN_COUNTRY',
    {
      fr: `« ${code} » n'est pas un code de pays ISO 3166.`,
      en: `"${code}" is not an ISO 3166 country code.`,
    },
    { code },
  );

export const unknownLanguage = (code: string): AppError =>
  new AppError(
    'BAD_USER_INPUT',
    'UNKNOWN_LANGUAGE',
    {
      fr: `« ${code} » n'est pas un code de langue ISO 639-1.`,
      en: `"${code}" is not an ISO 639-1 language code.`,
    },
    { code },
  );

export const fieldsForOtherCohort = (fields: string[]): AppError =>
  new AppError(
    'BAD_USER_INPUT',
    'FIELDS_FOR_OTHER_COHORT',
    {
      fr: 'Ces informations ne sont pas demandées pour cette cohorte : retirez-les.',
      en: 'This information is not asked of this cohort: leave it out.',
    },
    { fields },
  );

export const applicationNotFound = (): AppError =>
  new AppError('NOT_FOUND', 'APPLICATION_NOT_FOUND', {
    fr: "Cette candidature n'existe pas ou n'est pas accessible.",
    en: 'This application does not exist or is not accessible.',
  });

export const decisionNotAllowed = (from: string, to: string): AppError =>
  new AppError(
    'CONFLICT',
    'DECISION_NOT_ALLOWED',
    {
      fr: `Une candidature « ${from} » ne peut pas passer à « ${to} ».`,
      en: `An application that is "${from}" cannot become "${to}".`,
    },
    { from, to },
  );

export const reasonRequired = (): AppError =>
  new AppError('BAD_USER_INPUT', 'REASON_REQUIRED', {
    fr: 'Indiquez la raison de cette décision.',
    en: 'Give the reason for this decision.',
  });

export const workplaceRequired = (): AppError =>
  new AppError('BAD_USER_INPUT', 'WORKPLACE_REQUIRED', {
    fr: 'Indiquez votre organisation et votre fonction : agent, élu ou élue, salarié ou salariée d’association.',
    en: 'Give your organisation and your position: agent, elected official or association staff.',
  });

export const certificateNotFound = (): AppError =>
  new AppError('NOT_FOUND', 'CERTIFICATE_NOT_FOUND', {
    fr: 'Aucune attestation ne porte ce code.',
    en: 'No certificate has this code.',
  });

export const receiptTypeRefused = (accepted: string[]): AppError =>
  new AppError(
    'BAD_USER_INPUT',
    'RECEIPT_TYPE_REFUSED',
    {
      fr: 'Le justificatif doit être un PDF, une photo JPEG ou une image PNG.',
      en: 'The receipt must be a PDF, a JPEG photo or a PNG image.',
    },
    { accepted },
  );

export const receiptTooLarge = (maxBytes: number): AppError =>
  new AppError(
    'BAD_USER_INPUT',
    'RECEIPT_TOO_LARGE',
    {
      fr: 'Le justificatif dépasse 5 Mo : envoyez une photo moins lourde.',
      en: 'The receipt is over 5 MB: send a lighter photo.',
    },
    { maxBytes },
  );

export const receiptContentMismatch = (declared: string): AppError =>
  new AppError(
    'BAD_USER_INPUT',
    'RECEIPT_CONTENT_MISMATCH',
    {
      fr: "Le fichier n'est pas du type annoncé.",
      en: 'The file is not of the type it claims to be.',
    },
    { declared },
  );

export const notAParticipant = (): AppError =>
  new AppError('FORBIDDEN', 'NOT_A_PARTICIPANT', {
    fr: "Vous n'êtes pas participant ou participante de cette édition.",
    en: 'You are not a participant in this edition.',
  });

export const expenseClaimNotFound = (): AppError =>
  new AppError('NOT_FOUND', 'EXPENSE_CLAIM_NOT_FOUND', {
    fr: "Cette demande de remboursement n'existe pas ou n'est pas accessible.",
    en: 'This expense claim does not exist or is not accessible.',
  });

export const expenseTransitionNotAllowed = (from: string, to: string): AppError =>
  new AppError(
    'CONFLICT',
    'EXPENSE_TRANSITION_NOT_ALLOWED',
    {
      fr: `Une demande « ${from} » ne peut pas passer à « ${to} ».`,
      en: `A claim that is "${from}" cannot become "${to}".`,
    },
    { from, to },
  );

export const dateInFuture = (): AppError =>
  new AppError('BAD_USER_INPUT', 'DATE_IN_FUTURE', {
    fr: 'Cette date est dans le futur.',
    en: 'This date is in the future.',
  });

export const certificatesBeingIssued = (): AppError =>
  new AppError('CONFLICT', 'CERTIFICATES_BEING_ISSUED', {
    fr: 'Ces attestations viennent d’être délivrées par quelqu’un d’autre : rechargez la liste.',
    en: 'Someone else has just issued these certificates: reload the list.',
  });
