import type { LinkMailParams, MailTemplate } from './mail-template';
import { formatList, oneLine } from './mail-text';

export interface InvitationMailParams extends LinkMailParams {
  tenantName: string;
  /** Null when the platform, not a person, sent the invitation. */
  inviterName: string | null;
  /** Already in the recipient's language. */
  roleLabels: string[];
}

export const invitationTemplate: MailTemplate<InvitationMailParams> = {
  linkPath: '/invitations/accept',
  compose: {
    fr: (params, { link, expiresOn }) => {
      const tenant = oneLine(params.tenantName);
      const roles = params.roleLabels.length
        ? [
            `${params.roleLabels.length > 1 ? 'Vos rôles' : 'Votre rôle'}\u00a0: ${formatList(params.roleLabels, 'fr')}.`,
          ]
        : [];
      return {
        subject: `Invitation à rejoindre ${tenant}`,
        greeting: 'Bonjour,',
        paragraphs: [
          params.inviterName
            ? `${oneLine(params.inviterName)} vous invite à rejoindre l’espace de ${tenant}.`
            : `L’équipe de ${tenant} vous invite à rejoindre son espace.`,
          ...roles,
          'Pour accepter, ouvrez le lien ci-dessous.',
        ],
        action: { label: 'Accepter l’invitation', url: link },
        closing: [
          `Ce lien fonctionne jusqu’au ${expiresOn}. Il est personnel\u00a0: ne le donnez à personne.`,
          'Vous ne vous attendiez pas à ce message\u00a0? Vous pouvez simplement l’ignorer.',
        ],
        signOff: 'À bientôt\u00a0!',
      };
    },
    en: (params, { link, expiresOn }) => {
      const tenant = oneLine(params.tenantName);
      const roles = params.roleLabels.length
        ? [
            `${params.roleLabels.length > 1 ? 'Your roles' : 'Your role'}: ${formatList(params.roleLabels, 'en')}.`,
          ]
        : [];
      return {
        subject: `You are invited to join ${tenant}`,
        greeting: 'Hello,',
        paragraphs: [
          params.inviterName
            ? `${oneLine(params.inviterName)} invites you to join the ${tenant} space.`
            : `The ${tenant} team invites you to join their space.`,
          ...roles,
          'To accept, open the link below.',
        ],
        action: { label: 'Accept the invitation', url: link },
        closing: [
          `This link works until ${expiresOn}. It is only for you, so please do not share it.`,
          'Were you not expecting this email? You can simply ignore it.',
        ],
        signOff: 'See you soon!',
      };
    },
  },
};
