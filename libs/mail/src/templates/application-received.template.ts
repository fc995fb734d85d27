import type { NoticeMailTemplate } from './mail-template';
import { oneLine } from './mail-text';

/** Sent to whoever applied to a city's call, in the language they applied in. */
export interface ApplicationReceivedMailParams {
  givenName: string;
  tenantName: string;
  /** The call's title in the recipient's language. */
  callTitle: string;
  /** This address had already applied to the call: nothing new was recorded. */
  repeated: boolean;
  /** ISO 8601 instant of the submission. */
  receivedAt: string;
}

/** An acknowledgement delayed by more than a week would only confuse. */
const STALE_AFTER_MS = 7 * 24 * 3600_000;

export const applicationReceivedTemplate: NoticeMailTemplate<ApplicationReceivedMailParams> = {
  linkPath: null,
  sendBefore: (params) => new Date(Date.parse(params.receivedAt) + STALE_AFTER_MS).toISOString(),
  compose: {
    fr: (params) => ({
      subject: params.repeated
        ? `Vous avez déjà candidaté : ${oneLine(params.callTitle)}`
        : `Candidature reçue : ${oneLine(params.callTitle)}`,
      greeting: `Bonjour ${oneLine(params.givenName)},`,
      paragraphs: params.repeated
        ? [
            `Une candidature avec cette adresse avait déjà été reçue par ${oneLine(params.tenantName)} pour « ${oneLine(params.callTitle)} ». La nouvelle n’a pas été enregistrée.`,
            'Pour modifier votre candidature, écrivez à l’équipe qui coordonne le programme.',
          ]
        : [
            `Merci\u00a0! ${oneLine(params.tenantName)} a bien reçu votre candidature pour « ${oneLine(params.callTitle)} ».`,
            'L’équipe qui coordonne le programme va la lire et vous répondra par courriel, dans votre langue.',
          ],
      action: null,
      closing: [
        'Vous n’avez pas candidaté\u00a0? Ignorez ce message, ou signalez-le à la collectivité.',
      ],
      signOff: 'À bientôt\u00a0!',
    }),
    en: (params) => ({
      subject: params.repeated
        ? `You have already applied: ${oneLine(params.callTitle)}`
        : `Application received: ${oneLine(params.callTitle)}`,
      greeting: `Hello ${oneLine(params.givenName)},`,
      paragraphs: params.repeated
        ? [
            `${oneLine(params.tenantName)} had already received an application from this address for "${oneLine(params.callTitle)}". The new one was not recorded.`,
            'To change your application, write to the team that coordinates the programme.',
          ]
        : [
            `Thank you! ${oneLine(params.tenantName)} has received your application for "${oneLine(params.callTitle)}".`,
            'The team that coordinates the programme will read it and answer you by email, in your language.',
          ],
      action: null,
      closing: ['Did you not apply? Ignore this email, or tell the city.'],
      signOff: 'See you soon!',
    }),
  },
};
