import type { Locale } from '@inclusion/i18n';
import { counted, formatPercent, isSingular, quoted, SIGN_OFF } from './follow-up-text';
import type { MailContent } from './mail-content';
import type { NoticeMailTemplate } from './mail-template';
import { formatCalendarDay, oneLine } from './mail-text';

/** Why a commitment is in its owner's reminder. */
export type CommitmentAttention = 'due_soon' | 'overdue' | 'stale';

/** In the order the reminder lists them: the most urgent first. */
export const COMMITMENT_ATTENTIONS: readonly CommitmentAttention[] = [
  'overdue',
  'due_soon',
  'stale',
];

export interface CommitmentReminderItem {
  /** In the recipient's language already. */
  title: string;
  /** `YYYY-MM-DD`. */
  dueDate: string;
  attention: CommitmentAttention;
  /** 0 to 100, whole. */
  progress: number;
  /** `YYYY-MM-DD` of the last progress update. */
  lastUpdateOn: string;
}

/** Sent to the owner of a city's commitments, listing those that need their attention. */
export interface CommitmentReminderMailParams {
  displayName: string;
  tenantName: string;
  /** ISO 8601 instant after which the reminder is no longer worth sending (the end of its period). */
  validUntil: string;
  /** At least one, at most 50; each in the recipient's language already. */
  commitments: CommitmentReminderItem[];
}

const STATE: Record<
  Locale,
  Record<CommitmentAttention, (item: CommitmentReminderItem) => string>
> = {
  fr: {
    overdue: (item) => `en retard, l’échéance était le ${formatCalendarDay(item.dueDate, 'fr')}`,
    due_soon: (item) => `à échéance le ${formatCalendarDay(item.dueDate, 'fr')}`,
    stale: (item) => `pas de mise à jour depuis le ${formatCalendarDay(item.lastUpdateOn, 'fr')}`,
  },
  en: {
    overdue: (item) => `overdue, it was due on ${formatCalendarDay(item.dueDate, 'en')}`,
    due_soon: (item) => `due on ${formatCalendarDay(item.dueDate, 'en')}`,
    stale: (item) => `not updated since ${formatCalendarDay(item.lastUpdateOn, 'en')}`,
  },
};

/** One line per commitment, the overdue first, then those due soon, then those left without news. */
function itemLines(items: CommitmentReminderItem[], locale: Locale): string[] {
  const progress = locale === 'fr' ? 'Avancement\u00a0:' : 'Progress:';
  const colon = locale === 'fr' ? '\u00a0:' : ':';
  return COMMITMENT_ATTENTIONS.flatMap((attention) =>
    items
      .filter((item) => item.attention === attention)
      .map(
        (item) =>
          `• ${quoted(oneLine(item.title), locale)}${colon} ${STATE[locale][attention](item)}. ${progress} ${formatPercent(item.progress, locale)}.`,
      ),
  );
}

function french(params: CommitmentReminderMailParams): MailContent {
  const tenant = oneLine(params.tenantName);
  const count = params.commitments.length;
  const one = isSingular(count, 'fr');
  return {
    subject: `${counted(count, 'engagement', 'engagements', 'fr')} à mettre à jour — ${tenant}`,
    greeting: `Bonjour ${oneLine(params.displayName)},`,
    paragraphs: [
      one
        ? `Un engagement de ${tenant} dont vous êtes responsable demande votre attention\u00a0:`
        : `${count} engagements de ${tenant} dont vous êtes responsable demandent votre attention\u00a0:`,
      ...itemLines(params.commitments, 'fr'),
      one
        ? 'Mettez à jour son avancement, son statut ou son échéance dans le suivi des engagements. Quelques mots suffisent, même si rien n’a bougé.'
        : 'Mettez à jour leur avancement, leur statut ou leur échéance dans le suivi des engagements. Quelques mots suffisent, même si rien n’a bougé.',
    ],
    action: null,
    closing: [
      'Vous pouvez choisir la fréquence de ces rappels dans vos préférences de notification.',
    ],
    signOff: SIGN_OFF.fr,
  };
}

function english(params: CommitmentReminderMailParams): MailContent {
  const tenant = oneLine(params.tenantName);
  const count = params.commitments.length;
  const one = isSingular(count, 'en');
  return {
    subject: `${counted(count, 'commitment', 'commitments', 'en')} to update — ${tenant}`,
    greeting: `Hello ${oneLine(params.displayName)},`,
    paragraphs: [
      one
        ? `A commitment of ${tenant} that you are responsible for needs your attention:`
        : `${count} commitments of ${tenant} that you are responsible for need your attention:`,
      ...itemLines(params.commitments, 'en'),
      one
        ? 'Update its progress, status or due date in the commitment follow-up. A few words are enough, even if nothing has changed.'
        : 'Update their progress, status or due date in the commitment follow-up. A few words are enough, even if nothing has changed.',
    ],
    action: null,
    closing: ['You can change how often you get these reminders in your notification preferences.'],
    signOff: SIGN_OFF.en,
  };
}

export const commitmentReminderTemplate: NoticeMailTemplate<CommitmentReminderMailParams> = {
  linkPath: null,
  // Past its period, the next reminder says it better.
  sendBefore: (params) => params.validUntil,
  compose: {
    fr: (params) => french(params),
    en: (params) => english(params),
  },
};
