import type { NoticeMailTemplate } from './mail-template';
import { formatDay, oneLine } from './mail-text';

/** Sent to a city's coordinators before the personal data of an edition's participants goes. */
export interface RetentionWarningMailParams {
  displayName: string;
  tenantName: string;
  editionName: string;
  /** ISO 8601 instant from which the data is erased. */
  eraseFrom: string;
}

export const retentionWarningTemplate: NoticeMailTemplate<RetentionWarningMailParams> = {
  linkPath: null,
  sendBefore: (params) => params.eraseFrom,
  compose: {
    fr: (params, { timeZone }) => ({
      subject: `Effacement prévu des données : ${oneLine(params.editionName)}`,
      greeting: `Bonjour ${oneLine(params.displayName)},`,
      paragraphs: [
        `L’édition « ${oneLine(params.editionName)} » de ${oneLine(params.tenantName)} est terminée. Comme le prévoit la durée de conservation, les données personnelles de ses participants et participantes seront effacées à partir du ${formatDay(params.eraseFrom, 'fr', timeZone)}.`,
        'Les chiffres de l’édition (cohortes, indicateurs) restent, sans personne derrière. Les attestations et les demandes de remboursement de l’édition seront effacées aussi : exportez ce que vous devez garder avant cette date.',
      ],
      action: null,
      closing: [],
      signOff: 'Bonne journée\u00a0!',
    }),
    en: (params, { timeZone }) => ({
      subject: `Data due to be erased: ${oneLine(params.editionName)}`,
      greeting: `Hello ${oneLine(params.displayName)},`,
      paragraphs: [
        `The edition "${oneLine(params.editionName)}" of ${oneLine(params.tenantName)} has ended. As the retention period requires, its participants' personal data will be erased from ${formatDay(params.eraseFrom, 'en', timeZone)}.`,
        'The edition’s figures (cohorts, indicators) stay, with nobody behind them. Its certificates and expense claims will be erased too: export what you must keep before that date.',
      ],
      action: null,
      closing: [],
      signOff: 'Have a good day!',
    }),
  },
};
