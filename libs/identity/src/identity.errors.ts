import { AppError } from '@inclusion/graphql';

export const invalidCredentials = (): AppError =>
  new AppError('UNAUTHENTICATED', 'INVALID_CREDENTIALS', {
    fr: 'Adresse e-mail ou mot de passe incorrect.',
    en: 'Wrong email address or password.',
  });

export const invalidOrExpiredLink = (): AppError =>
  new AppError('BAD_USER_INPUT', 'INVALID_OR_EXPIRED_LINK', {
    fr: "Ce lien n'est plus valide. Demandez-en un nouveau.",
    en: 'This link is no longer valid. Please ask for a new one.',
  });

export const invalidRefreshToken = (): AppError =>
  new AppError('UNAUTHENTICATED', 'INVALID_REFRESH_TOKEN', {
    fr: 'Votre session a expiré. Veuillez vous reconnecter.',
    en: 'Your session has expired. Please sign in again.',
  });

export const sessionExpired = (): AppError =>
  new AppError('UNAUTHENTICATED', 'SESSION_EXPIRED', {
    fr: 'Votre session a expiré. Veuillez vous reconnecter.',
    en: 'Your session has expired. Please sign in again.',
  });

export const tooManyAttempts = (retryAfterSeconds: number): AppError =>
  new AppError(
    'TOO_MANY_REQUESTS',
    'TOO_MANY_ATTEMPTS',
    {
      fr: 'Trop de tentatives. Réessayez dans quelques minutes.',
      en: 'Too many attempts. Please try again in a few minutes.',
    },
    { retryAfterSeconds },
  );

export const passwordRequired = (): AppError =>
  new AppError('BAD_USER_INPUT', 'PASSWORD_REQUIRED', {
    fr: 'Choisissez un mot de passe pour activer votre compte.',
    en: 'Choose a password to activate your account.',
  });

export const wrongCurrentPassword = (): AppError =>
  new AppError('BAD_USER_INPUT', 'WRONG_CURRENT_PASSWORD', {
    fr: 'Le mot de passe actuel est incorrect.',
    en: 'The current password is wrong.',
  });

export const alreadyMember = (): AppError =>
  new AppError('CONFLICT', 'ALREADY_MEMBER', {
    fr: 'Cette personne fait déjà partie de la collectivité.',
    en: 'This person is already a member of this city.',
  });

export const lastCoordinator = (): AppError =>
  new AppError('CONFLICT', 'LAST_COORDINATOR', {
    fr: 'La collectivité doit garder au moins une personne coordinatrice.',
    en: 'The city must keep at least one coordinator.',
  });

export const invitationNotPending = (): AppError =>
  new AppError('CONFLICT', 'INVITATION_NOT_PENDING', {
    fr: 'Cette invitation a déjà été acceptée ou annulée.',
    en: 'This invitation has already been accepted or revoked.',
  });

export const currentPasswordRequired = (): AppError =>
  new AppError('BAD_USER_INPUT', 'CURRENT_PASSWORD_REQUIRED', {
    fr: 'Vous avez déjà un compte : connectez-vous, ou saisissez votre mot de passe, pour accepter.',
    en: 'You already have an account: sign in, or give your password, to accept.',
  });
