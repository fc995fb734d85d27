import type { LinkMailParams, MailTemplate } from './mail-template';
import { oneLine } from './mail-text';

export interface SignInLinkMailParams extends LinkMailParams {
  displayName: string;
}

export const signInLinkTemplate: MailTemplate<SignInLinkMailParams> = {
  linkPath: '/sign-in/link',
  compose: {
    fr: (params, { link, expiresOn }) => ({
      subject: 'Votre lien pour vous connecter',
      greeting: `Bonjour ${oneLine(params.displayName)},`,
      paragraphs: [
        'Vous avez demandé un lien pour vous connecter. Ouvrez-le pour accéder à votre compte, sans mot de passe.',
      ],
      action: { label: 'Me connecter', url: link },
      closing: [
        `Ce lien fonctionne une seule fois, jusqu’au ${expiresOn}. Ne le donnez à personne.`,
        'Vous n’avez rien demandé\u00a0? Ignorez ce message\u00a0: votre compte reste protégé.',
      ],
      signOff: 'À bientôt\u00a0!',
    }),
    en: (params, { link, expiresOn }) => ({
      subject: 'Your link to sign in',
      greeting: `Hello ${oneLine(params.displayName)},`,
      paragraphs: [
        'You asked for a link to sign in. Open it to reach your account, with no password needed.',
      ],
      action: { label: 'Sign in', url: link },
      closing: [
        `This link works only once, until ${expiresOn}. Please do not share it.`,
        'Did you not ask for it? You can ignore this email: your account is still safe.',
      ],
      signOff: 'See you soon!',
    }),
  },
};
