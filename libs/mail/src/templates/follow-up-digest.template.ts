import type { Locale } from '@inclusion/i18n';
import {
  averageProgressSentences,
  commitmentCountsSentence,
  counted,
  isSingular,
  NOTHING_LATE,
  overdueClause,
  preferencesSentence,
  quoted,
  SIGN_OFF,
  staleClause,
  type CommitmentCounts,
  type FollowUpFrequency,
} from './follow-up-text';
import type { MailContent } from './mail-content';
import type { NoticeMailTemplate } from './mail-template';
import { formatCalendarDay, formatPeriod, oneLine } from './mail-text';

/** Sent to a city's coordinators, weekly or monthly: where the city's follow-up stands. */
export interface FollowUpDigestMailParams {
  displayName: string;
  tenantName: string;
  frequency: FollowUpFrequency;
  /** `YYYY-MM-DD`, the first day covered. */
  periodStart: string;
  /** `YYYY-MM-DD`, the last day covered. */
  periodEnd: string;
  /** ISO 8601 instant after which the digest is no longer worth sending. */
  validUntil: string;
  commitments: CommitmentCounts;
  /** Average progress of the top-level commitments, 0 to 100, null when there are none. */
  averageProgress: number | null;
  /** Progress updates recorded during the period. */
  updatesInPeriod: number;
  /** Submitted recommendations the city has not answered, or still has under study. */
  awaitingAnswer: number;
  /** `examples`: at most 5, in the recipient's language already. */
  overdue: { count: number; examples: { title: string; dueDate: string }[] };
  /** `examples`: at most 5, in the recipient's language already. */
  stale: { count: number; examples: { title: string; lastUpdateOn: string }[] };
}

/** The sentence that announces a list of examples, then the examples. */
function withExamples(clause: string, count: number, examples: string[], locale: Locale): string[] {
  if (examples.length === 0) return [`${clause}.`];
  const some = examples.length < count;
  const intro =
    locale === 'fr'
      ? `${clause}${some ? ', notamment' : ''}\u00a0:`
      : `${clause}${some ? ', including' : ''}:`;
  return [intro, ...examples];
}

function lateLines(params: FollowUpDigestMailParams, locale: Locale): string[] {
  const { overdue, stale } = params;
  if (overdue.count === 0 && stale.count === 0) {
    return params.commitments.total > 0 ? [NOTHING_LATE[locale]] : [];
  }
  const lines: string[] = [];
  if (overdue.count > 0) {
    const examples = overdue.examples.map((example) =>
      locale === 'fr'
        ? `• ${quoted(oneLine(example.title), 'fr')}, prévu pour le ${formatCalendarDay(example.dueDate, 'fr')}`
        : `• ${quoted(oneLine(example.title), 'en')}, due on ${formatCalendarDay(example.dueDate, 'en')}`,
    );
    lines.push(
      ...withExamples(overdueClause(overdue.count, locale), overdue.count, examples, locale),
    );
  }
  if (stale.count > 0) {
    const examples = stale.examples.map((example) =>
      locale === 'fr'
        ? `• ${quoted(oneLine(example.title), 'fr')}, dernière mise à jour le ${formatCalendarDay(example.lastUpdateOn, 'fr')}`
        : `• ${quoted(oneLine(example.title), 'en')}, last updated on ${formatCalendarDay(example.lastUpdateOn, 'en')}`,
    );
    lines.push(...withExamples(staleClause(stale.count, locale), stale.count, examples, locale));
  }
  return lines;
}

function french(params: FollowUpDigestMailParams): MailContent {
  const tenant = oneLine(params.tenantName);
  const updates = params.updatesInPeriod;
  const awaiting = params.awaitingAnswer;
  return {
    subject: `${params.frequency === 'weekly' ? 'Point hebdomadaire' : 'Point mensuel'} sur les engagements — ${tenant}`,
    greeting: `Bonjour ${oneLine(params.displayName)},`,
    paragraphs: [
      `Voici le point sur les engagements de ${tenant} ${formatPeriod(params.periodStart, params.periodEnd, 'fr')}.`,
      commitmentCountsSentence(params.commitments, 'fr'),
      ...averageProgressSentences(params.averageProgress, 'fr'),
      updates === 0
        ? 'Aucune mise à jour d’avancement n’a été enregistrée sur la période.'
        : isSingular(updates, 'fr')
          ? '1 mise à jour d’avancement a été enregistrée sur la période.'
          : `${counted(updates, 'mise', 'mises', 'fr')} à jour d’avancement ont été enregistrées sur la période.`,
      ...(awaiting === 0
        ? []
        : isSingular(awaiting, 'fr')
          ? [`1 recommandation attend encore une réponse de ${tenant} ou est à l’étude.`]
          : [
              `${counted(awaiting, 'recommandation', 'recommandations', 'fr')} attendent encore une réponse de ${tenant} ou sont à l’étude.`,
            ]),
      ...lateLines(params, 'fr'),
    ],
    action: null,
    closing: [preferencesSentence(params.frequency, 'fr')],
    signOff: SIGN_OFF.fr,
  };
}

function english(params: FollowUpDigestMailParams): MailContent {
  const tenant = oneLine(params.tenantName);
  const updates = params.updatesInPeriod;
  const awaiting = params.awaitingAnswer;
  return {
    subject: `${params.frequency === 'weekly' ? 'Weekly' : 'Monthly'} commitment summary — ${tenant}`,
    greeting: `Hello ${oneLine(params.displayName)},`,
    paragraphs: [
      `Here is the summary of the commitments of ${tenant} ${formatPeriod(params.periodStart, params.periodEnd, 'en')}.`,
      commitmentCountsSentence(params.commitments, 'en'),
      ...averageProgressSentences(params.averageProgress, 'en'),
      updates === 0
        ? 'No progress update was recorded over the period.'
        : isSingular(updates, 'en')
          ? '1 progress update was recorded over the period.'
          : `${counted(updates, 'progress update', 'progress updates', 'en')} were recorded over the period.`,
      ...(awaiting === 0
        ? []
        : isSingular(awaiting, 'en')
          ? [`1 recommendation is still awaiting an answer from ${tenant} or under study.`]
          : [
              `${counted(awaiting, 'recommendation', 'recommendations', 'en')} are still awaiting an answer from ${tenant} or under study.`,
            ]),
      ...lateLines(params, 'en'),
    ],
    action: null,
    closing: [preferencesSentence(params.frequency, 'en')],
    signOff: SIGN_OFF.en,
  };
}

export const followUpDigestTemplate: NoticeMailTemplate<FollowUpDigestMailParams> = {
  linkPath: null,
  // Past its period, the next digest says it better.
  sendBefore: (params) => params.validUntil,
  compose: {
    fr: (params) => french(params),
    en: (params) => english(params),
  },
};
