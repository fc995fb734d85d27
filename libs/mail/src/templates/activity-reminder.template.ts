import type { Locale } from '@inclusion/i18n';
import type { MailContent } from './mail-content';
import type { NoticeMailTemplate } from './mail-template';
import { formatDay, formatList, formatTime, isWebUrl, languageName, oneLine } from './mail-text';

/** Sent the day before an activity of the city's programme to each person registered for it. */
export interface ActivityReminderMailParams {
  /** The recipient. */
  displayName: string;
  tenantName: string;
  activityTitle: string;
  /** ISO 8601 instant with its offset. */
  startsAt: string;
  durationMinutes: number;
  /** Address, or null when the activity only happens online. */
  place: string | null;
  /** An http(s) link to join online, or null. */
  onlineUrl: string | null;
  /** BCP 47 tags of the languages spoken at the activity, e.g. `["fr", "en"]`. */
  languages: string[];
  /** BCP 47 tags of the languages with an interpreter; may be empty. */
  interpretation: string[];
}

interface ReminderFacts {
  name: string;
  tenant: string;
  title: string;
  day: string;
  start: string;
  end: string;
  /** Set when the activity ends on another day than it starts. */
  endDay: string | null;
  place: string | null;
  onlineUrl: string | null;
  languages: string;
  interpretation: string;
}

function factsOf(
  params: ActivityReminderMailParams,
  locale: Locale,
  timeZone: string,
): ReminderFacts {
  if (params.onlineUrl !== null && !isWebUrl(params.onlineUrl)) {
    throw new Error('The online link of an activity reminder must be an http(s) URL');
  }
  const endsAt = new Date(Date.parse(params.startsAt) + params.durationMinutes * 60_000);
  const day = formatDay(params.startsAt, locale, timeZone);
  const endDay = formatDay(endsAt.toISOString(), locale, timeZone);
  const names = (tags: string[]) =>
    formatList(
      tags.map((tag) => languageName(tag, locale)),
      locale,
    );
  return {
    name: oneLine(params.displayName),
    tenant: oneLine(params.tenantName),
    title: oneLine(params.activityTitle),
    day,
    start: formatTime(params.startsAt, locale, timeZone),
    end: formatTime(endsAt.toISOString(), locale, timeZone),
    endDay: endDay === day ? null : endDay,
    place: params.place === null ? null : oneLine(params.place) || null,
    onlineUrl: params.onlineUrl,
    languages: names(params.languages),
    interpretation: names(params.interpretation),
  };
}

function french(facts: ReminderFacts): MailContent {
  const when = facts.endDay
    ? `du ${facts.day} à ${facts.start} au ${facts.endDay} à ${facts.end}`
    : `le ${facts.day}, de ${facts.start} à ${facts.end}`;
  const where: string[] = [];
  if (facts.place) where.push(`Où\u00a0: ${facts.place}`);
  if (facts.onlineUrl) {
    where.push(
      facts.place
        ? 'Vous pouvez aussi participer en ligne, avec le lien ci-dessous.'
        : 'Où\u00a0: en ligne, avec le lien ci-dessous.',
    );
  }
  return {
    subject: `Rappel\u00a0: ${facts.title}, le ${facts.day}`,
    greeting: `Bonjour ${facts.name},`,
    paragraphs: [
      `Vous êtes inscrit ou inscrite à une activité de ${facts.tenant}. Voici un petit rappel.`,
      `Quoi\u00a0: ${facts.title}`,
      `Quand\u00a0: ${when}.`,
      ...where,
      ...(facts.languages ? [`Langues parlées\u00a0: ${facts.languages}.`] : []),
      facts.interpretation
        ? `Interprétation disponible en\u00a0: ${facts.interpretation}.`
        : 'Il n’y a pas d’interprète pour cette activité.',
    ],
    action: facts.onlineUrl ? { label: 'Participer en ligne', url: facts.onlineUrl } : null,
    closing: [
      'Vous ne pouvez pas venir\u00a0? Ce n’est pas grave. Dites-le simplement à la personne qui coordonne le programme\u00a0: elle pourra donner votre place à quelqu’un d’autre.',
    ],
    signOff: 'À bientôt\u00a0!',
  };
}

function english(facts: ReminderFacts): MailContent {
  const when = facts.endDay
    ? `from ${facts.day} at ${facts.start} to ${facts.endDay} at ${facts.end}`
    : `${facts.day}, from ${facts.start} to ${facts.end}`;
  const where: string[] = [];
  if (facts.place) where.push(`Where: ${facts.place}`);
  if (facts.onlineUrl) {
    where.push(
      facts.place
        ? 'You can also join online, with the link below.'
        : 'Where: online, with the link below.',
    );
  }
  return {
    subject: `Reminder: ${facts.title}, ${facts.day}`,
    greeting: `Hello ${facts.name},`,
    paragraphs: [
      `You signed up for an activity of ${facts.tenant}. Here is a short reminder.`,
      `What: ${facts.title}`,
      `When: ${when}.`,
      ...where,
      ...(facts.languages ? [`Languages spoken: ${facts.languages}.`] : []),
      facts.interpretation
        ? `Interpretation available in: ${facts.interpretation}.`
        : 'There is no interpreter for this activity.',
    ],
    action: facts.onlineUrl ? { label: 'Join online', url: facts.onlineUrl } : null,
    closing: [
      'Cannot come? That is fine. Just tell the person who coordinates the programme, so they can give your place to someone else.',
    ],
    signOff: 'See you soon!',
  };
}

export const activityReminderTemplate: NoticeMailTemplate<ActivityReminderMailParams> = {
  linkPath: null,
  // Reminding someone of an activity that has already begun would only confuse them.
  sendBefore: (params) => params.startsAt,
  compose: {
    fr: (params, { timeZone }) => french(factsOf(params, 'fr', timeZone)),
    en: (params, { timeZone }) => english(factsOf(params, 'en', timeZone)),
  },
};
