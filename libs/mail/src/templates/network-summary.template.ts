import type { Locale } from '@inclusion/i18n';
import {
  averageProgressSentences,
  commitmentCountsSentence,
  counted,
  isSingular,
  NOTHING_LATE,
  overdueClause,
  preferencesSentence,
  SIGN_OFF,
  staleClause,
  type CommitmentCounts,
  type FollowUpFrequency,
} from './follow-up-text';
import type { MailContent } from './mail-content';
import type { NoticeMailTemplate } from './mail-template';
import { formatCalendarDay, formatNumber, formatPeriod, oneLine } from './mail-text';

/** A city whose commitments need the network's attention. */
export interface NetworkAttentionCity {
  cityName: string;
  overdue: number;
  stale: number;
  /** `YYYY-MM-DD` of the city's last progress update; null when it never recorded one. */
  lastUpdateOn: string | null;
}

/** Sent to the network operator, weekly or monthly: every city's follow-up. */
export interface NetworkSummaryMailParams {
  displayName: string;
  frequency: FollowUpFrequency;
  /** `YYYY-MM-DD`, the first day covered. */
  periodStart: string;
  /** `YYYY-MM-DD`, the last day covered. */
  periodEnd: string;
  /** ISO 8601 instant after which the summary is no longer worth sending. */
  validUntil: string;
  cities: number;
  /** Recommendations submitted to the cities. */
  recommendations: number;
  /** Of those, the ones a city answered. */
  answered: number;
  commitments: CommitmentCounts;
  /** Average progress of the top-level commitments, 0 to 100, null when there are none. */
  averageProgress: number | null;
  overdue: number;
  stale: number;
  /** Cities needing attention, most overdue first, at most 10. */
  attention: NetworkAttentionCity[];
}

function recommendationsSentence(params: NetworkSummaryMailParams, locale: Locale): string {
  const { recommendations, answered } = params;
  const total = formatNumber(recommendations, locale);
  if (locale === 'fr') {
    if (recommendations === 0) return 'Recommandations\u00a0: aucune pour l’instant.';
    if (answered === 0)
      return `Recommandations\u00a0: ${total}, aucune n’a encore reçu de réponse.`;
    return isSingular(answered, 'fr')
      ? `Recommandations\u00a0: ${total}, dont 1 a reçu une réponse.`
      : `Recommandations\u00a0: ${total}, dont ${formatNumber(answered, 'fr')} ont reçu une réponse.`;
  }
  if (recommendations === 0) return 'Recommendations: none yet.';
  if (answered === 0) return `Recommendations: ${total}, none answered yet.`;
  return `Recommendations: ${total}, ${formatNumber(answered, 'en')} of them answered.`;
}

function lateSentences(params: NetworkSummaryMailParams, locale: Locale): string[] {
  if (params.overdue === 0 && params.stale === 0) {
    return params.commitments.total > 0 ? [NOTHING_LATE[locale]] : [];
  }
  return [
    ...(params.overdue > 0 ? [`${overdueClause(params.overdue, locale)}.`] : []),
    ...(params.stale > 0 ? [`${staleClause(params.stale, locale)}.`] : []),
  ];
}

function cityLine(city: NetworkAttentionCity, locale: Locale): string {
  const parts: string[] = [];
  if (locale === 'fr') {
    if (city.overdue > 0) {
      parts.push(`${counted(city.overdue, 'engagement', 'engagements', 'fr')} hors délai`);
    }
    if (city.stale > 0) {
      parts.push(
        city.overdue > 0
          ? `${formatNumber(city.stale, 'fr')} sans mise à jour récente`
          : `${counted(city.stale, 'engagement', 'engagements', 'fr')} sans mise à jour récente`,
      );
    }
    parts.push(
      city.lastUpdateOn === null
        ? 'aucune mise à jour enregistrée'
        : `dernière mise à jour le ${formatCalendarDay(city.lastUpdateOn, 'fr')}`,
    );
    return `• ${oneLine(city.cityName)}\u00a0: ${parts.join(', ')}.`;
  }
  if (city.overdue > 0) {
    parts.push(`${counted(city.overdue, 'overdue commitment', 'overdue commitments', 'en')}`);
  }
  if (city.stale > 0) {
    parts.push(
      city.overdue > 0
        ? `${formatNumber(city.stale, 'en')} not updated recently`
        : `${counted(city.stale, 'commitment', 'commitments', 'en')} not updated recently`,
    );
  }
  parts.push(
    city.lastUpdateOn === null
      ? 'no update recorded yet'
      : `last update on ${formatCalendarDay(city.lastUpdateOn, 'en')}`,
  );
  return `• ${oneLine(city.cityName)}: ${parts.join(', ')}.`;
}

function attentionLines(params: NetworkSummaryMailParams, locale: Locale): string[] {
  if (params.attention.length === 0) return [];
  return [
    locale === 'fr' ? 'Villes à suivre de près\u00a0:' : 'Cities to keep an eye on:',
    ...params.attention.map((city) => cityLine(city, locale)),
  ];
}

function french(params: NetworkSummaryMailParams): MailContent {
  return {
    subject: `Suivi du réseau\u00a0: ${params.frequency === 'weekly' ? 'point hebdomadaire' : 'point mensuel'}`,
    greeting: `Bonjour ${oneLine(params.displayName)},`,
    paragraphs: [
      `Voici le point sur les engagements des villes du réseau ${formatPeriod(params.periodStart, params.periodEnd, 'fr')}.`,
      `Villes du réseau\u00a0: ${formatNumber(params.cities, 'fr')}. ${recommendationsSentence(params, 'fr')}`,
      commitmentCountsSentence(params.commitments, 'fr'),
      ...averageProgressSentences(params.averageProgress, 'fr'),
      ...lateSentences(params, 'fr'),
      ...attentionLines(params, 'fr'),
    ],
    action: null,
    closing: [preferencesSentence(params.frequency, 'fr')],
    signOff: SIGN_OFF.fr,
  };
}

function english(params: NetworkSummaryMailParams): MailContent {
  return {
    subject: `Network follow-up: ${params.frequency === 'weekly' ? 'weekly' : 'monthly'} summary`,
    greeting: `Hello ${oneLine(params.displayName)},`,
    paragraphs: [
      `Here is the summary of the commitments of the network’s cities ${formatPeriod(params.periodStart, params.periodEnd, 'en')}.`,
      `Cities in the network: ${formatNumber(params.cities, 'en')}. ${recommendationsSentence(params, 'en')}`,
      commitmentCountsSentence(params.commitments, 'en'),
      ...averageProgressSentences(params.averageProgress, 'en'),
      ...lateSentences(params, 'en'),
      ...attentionLines(params, 'en'),
    ],
    action: null,
    closing: [preferencesSentence(params.frequency, 'en')],
    signOff: SIGN_OFF.en,
  };
}

export const networkSummaryTemplate: NoticeMailTemplate<NetworkSummaryMailParams> = {
  linkPath: null,
  // Past its period, the next summary says it better.
  sendBefore: (params) => params.validUntil,
  compose: {
    fr: (params) => french(params),
    en: (params) => english(params),
  },
};
