import { AppError } from '@inclusion/graphql';

export const passwordConfirmationFailed = (): AppError =>
  new AppError('FORBIDDEN', 'PASSWORD_CONFIRMATION_FAILED', {
    fr: "Mot de passe incorrect : rien n'a été effacé.",
    en: 'Wrong password: nothing was erased.',
  });
