import { AppError } from '@inclusion/graphql';

export const invalidTemplate = (problems: string[]): AppError =>
  new AppError(
    'BAD_USER_INPUT',
    'INVALID_TEMPLATE',
    {
      fr: "Cette méthodologie n'est pas valide : corrigez les points signalés.",
      en: 'This methodology is not valid: fix the problems listed.',
    },
    { problems },
  );

export const templateVersionTaken = (): AppError =>
  new AppError('CONFLICT', 'TEMPLATE_VERSION_TAKEN', {
    fr: 'Une autre version vient d’être publiée en même temps. Réessayez.',
    en: 'Another version was published at the same moment. Please try again.',
  });

export const templateNotFound = (): AppError =>
  new AppError('NOT_FOUND', 'TEMPLATE_NOT_FOUND', {
    fr: "Cette méthodologie n'existe pas.",
    en: 'This methodology does not exist.',
  });
