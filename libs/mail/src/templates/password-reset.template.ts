import type { LinkMailParams, MailTemplate } from './mail-template';
import { oneLine } from './mail-text';

export interface PasswordResetMailParams extends LinkMailParams {
  displayName: string;
}

export const passwordResetTemplate: MailTemplate<PasswordResetMailParams> = {
  linkPath: '/password/reset',
  compose: {
    fr: (params, { link, expiresOn }) => ({
      subject: 'Choisir un nouveau mot de passe',
      greeting: `Bonjour ${oneLine(params.displayName)},`,
      paragraphs: [
        'Vous avez demandé à changer votre mot de passe. Ouvrez le lien ci-dessous pour en choisir un nouveau.',
      ],
      action: { label: 'Choisir un nouveau mot de passe', url: link },
      closing: [
        `Ce lien fonctionne une seule fois, jusqu’au ${expiresOn}. Ne le donnez à personne.`,
        'Vous n’avez rien demandé\u00a0? Ignorez ce message\u00a0: votre mot de passe ne change pas.',
      ],
      signOff: 'À bientôt\u00a0!',
    }),
    en: (params, { link, expiresOn }) => ({
      subject: 'Choose a new password',
      greeting: `Hello ${oneLine(params.displayName)},`,
      paragraphs: ['You asked to change your password. Open the link below to choose a new one.'],
      action: { label: 'Choose a new password', url: link },
      closing: [
        `This link works only once, until ${expiresOn}. Please do not share it.`,
        'Did you not ask for this? You can ignore this email: your password stays the same.',
      ],
      signOff: 'See you soon!',
    }),
  },
};
