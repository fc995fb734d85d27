export type CertificateLocale = 'fr' | 'en';
export type CertificateCohort = 'newcomers' | 'public_actors';

interface CertificateTexts {
  /** BCP 47 tag for Intl and the PDF's /Lang; en-GB because the certificate reads "14 June 2024". */
  readonly tag: string;
  readonly title: string;
  readonly lead: string;
  readonly track: Readonly<Record<CertificateCohort, string>>;
  completion(edition: string, city: string, track: string): string;
  readonly hoursLabel: string;
  readonly dateLabel: string;
  readonly verification: string;
  readonly codeLabel: string;
  formatDate(date: Date): string;
}

const dateFormat = (tag: string) =>
  new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const frenchDate = dateFormat('fr-FR');
const englishDate = dateFormat('en-GB');

// Non-breaking spaces inside « » and before « : » are French typography, and keep the marks on the
// line of the word they belong to.
export const CERTIFICATE_TEXTS: Readonly<Record<CertificateLocale, CertificateTexts>> = {
  fr: {
    tag: 'fr-FR',
    title: 'Attestation de participation',
    lead: 'Nous attestons que',
    track: {
      newcomers: 'parcours des personnes nouvellement arrivées',
      public_actors: 'parcours des acteurs publics locaux',
    },
    completion: (edition, city, track) =>
      `a suivi la formation en double parcours de l’édition «\u00a0${edition}\u00a0» à ${city}, ` +
      `au sein du ${track}.`,
    hoursLabel: 'Durée suivie',
    dateLabel: 'Achevée le',
    verification:
      'Toute personne peut vérifier l’authenticité de cette attestation en saisissant son code ' +
      'à l’adresse ci-dessous.',
    codeLabel: 'Code de vérification\u00a0:',
    // French writes the first day of a month as an ordinal: « 1er juin 2024 ».
    formatDate: (date) =>
      frenchDate
        .formatToParts(date)
        .map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
        .join(''),
  },
  en: {
    tag: 'en-GB',
    title: 'Certificate of participation',
    lead: 'This is to certify that',
    track: {
      newcomers: 'newcomers’ track',
      public_actors: 'local public actors’ track',
    },
    completion: (edition, city, track) =>
      `has completed the dual-track training of the edition “${edition}” in ${city}, ` +
      `as part of the ${track}.`,
    hoursLabel: 'Hours attended',
    dateLabel: 'Completed on',
    verification:
      'Anyone can check that this certificate is genuine by entering its code at the address below.',
    codeLabel: 'Verification code:',
    formatDate: (date) => englishDate.format(date),
  },
};
