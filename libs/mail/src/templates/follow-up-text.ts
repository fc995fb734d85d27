import type { Locale } from '@inclusion/i18n';
import { formatList, formatNumber } from './mail-text';

/** How many commitments there are, by status: the five statuses add up to `total`. */
export interface CommitmentCounts {
  total: number;
  notStarted: number;
  inProgress: number;
  done: number;
  delayed: number;
  abandoned: number;
}

export type FollowUpFrequency = 'weekly' | 'monthly';

export const FOLLOW_UP_FREQUENCIES: readonly FollowUpFrequency[] = ['weekly', 'monthly'];

export const COMMITMENT_STATUS_COUNTS = [
  'notStarted',
  'inProgress',
  'done',
  'delayed',
  'abandoned',
] as const satisfies readonly (keyof CommitmentCounts)[];

/** French puts 0 and 1 in the singular, English only 1. */
export const isSingular = (count: number, locale: Locale): boolean =>
  locale === 'fr' ? count < 2 : count === 1;

/** "1 engagement", "3 engagements". */
export const counted = (count: number, one: string, other: string, locale: Locale): string =>
  `${formatNumber(count, locale)} ${isSingular(count, locale) ? one : other}`;

/** "40 %" / "40%", rounded to a whole percent. */
export const formatPercent = (value: number, locale: Locale): string =>
  locale === 'fr' ? `${Math.round(value)}\u00a0%` : `${Math.round(value)}%`;

/** A commitment's title, quoted the way the language quotes. */
export const quoted = (title: string, locale: Locale): string =>
  locale === 'fr' ? `«\u00a0${title}\u00a0»` : `"${title}"`;

const STATUS_WORDS: Record<
  Locale,
  Record<(typeof COMMITMENT_STATUS_COUNTS)[number], [string, string]>
> = {
  fr: {
    notStarted: ['non commencé', 'non commencés'],
    inProgress: ['en cours', 'en cours'],
    done: ['réalisé', 'réalisés'],
    delayed: ['en retard', 'en retard'],
    abandoned: ['abandonné', 'abandonnés'],
  },
  en: {
    notStarted: ['not started', 'not started'],
    inProgress: ['in progress', 'in progress'],
    done: ['done', 'done'],
    delayed: ['delayed', 'delayed'],
    abandoned: ['abandoned', 'abandoned'],
  },
};

/** "12 engagements au total : 3 non commencés, 5 en cours et 4 réalisés." */
export function commitmentCountsSentence(counts: CommitmentCounts, locale: Locale): string {
  if (counts.total === 0) {
    return locale === 'fr'
      ? 'Aucun engagement n’est encore enregistré.'
      : 'No commitment has been recorded yet.';
  }
  const byStatus = formatList(
    COMMITMENT_STATUS_COUNTS.filter((status) => counts[status] > 0).map((status) =>
      counted(counts[status], ...STATUS_WORDS[locale][status], locale),
    ),
    locale,
  );
  return locale === 'fr'
    ? `${counted(counts.total, 'engagement', 'engagements', locale)} au total\u00a0: ${byStatus}.`
    : `${counted(counts.total, 'commitment', 'commitments', locale)} in all: ${byStatus}.`;
}

/** Nothing when there is no average to give. */
export function averageProgressSentences(average: number | null, locale: Locale): string[] {
  if (average === null) return [];
  return locale === 'fr'
    ? [`Avancement moyen des engagements principaux\u00a0: ${formatPercent(average, 'fr')}.`]
    : [`Average progress of the main commitments: ${formatPercent(average, 'en')}.`];
}

/** "3 engagements ont dépassé leur échéance", without the end of the sentence. */
export const overdueClause = (count: number, locale: Locale): string =>
  locale === 'fr'
    ? isSingular(count, 'fr')
      ? `${counted(count, 'engagement', 'engagements', 'fr')} a dépassé son échéance`
      : `${counted(count, 'engagement', 'engagements', 'fr')} ont dépassé leur échéance`
    : isSingular(count, 'en')
      ? `${counted(count, 'commitment', 'commitments', 'en')} is past its due date`
      : `${counted(count, 'commitment', 'commitments', 'en')} are past their due date`;

/** "2 engagements n’ont pas été mis à jour depuis trop longtemps", without the end. */
export const staleClause = (count: number, locale: Locale): string =>
  locale === 'fr'
    ? isSingular(count, 'fr')
      ? `${counted(count, 'engagement', 'engagements', 'fr')} n’a pas été mis à jour depuis trop longtemps`
      : `${counted(count, 'engagement', 'engagements', 'fr')} n’ont pas été mis à jour depuis trop longtemps`
    : isSingular(count, 'en')
      ? `${counted(count, 'commitment', 'commitments', 'en')} has not been updated for too long`
      : `${counted(count, 'commitment', 'commitments', 'en')} have not been updated for too long`;

/** Said when there are commitments and none is overdue or stale. */
export const NOTHING_LATE: Record<Locale, string> = {
  fr: 'Aucun engagement n’a dépassé son échéance ni n’attend de mise à jour.',
  en: 'No commitment is past its due date or waiting for an update.',
};

/** Where a summary's recipient chooses how often they get it. */
export function preferencesSentence(frequency: FollowUpFrequency, locale: Locale): string {
  if (locale === 'fr') {
    const every = frequency === 'weekly' ? 'chaque semaine' : 'chaque mois';
    return `Vous recevez ce point ${every}. Vous pouvez en changer la fréquence dans vos préférences de notification.`;
  }
  const every = frequency === 'weekly' ? 'every week' : 'every month';
  return `You get this summary ${every}. You can change how often you get it in your notification preferences.`;
}

export const SIGN_OFF: Record<Locale, string> = {
  fr: 'Bonne journée\u00a0!',
  en: 'Have a good day!',
};
