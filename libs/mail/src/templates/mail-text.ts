import type { Locale } from '@inclusion/i18n';

/**
 * Names typed by people (a display name, a city's name) go into a subject line and a sentence:
 * line breaks and control characters there would forge headers or break the layout.
 */
// eslint-disable-next-line no-control-regex
const BREAKS_AND_CONTROLS = /[\u0000-\u001f\u007f\u2028\u2029]+/g;

export const oneLine = (value: string): string =>
  value.replace(BREAKS_AND_CONTROLS, ' ').replace(/\s+/g, ' ').trim();

const LANGUAGE_TAGS: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

export const DEFAULT_TIME_ZONE = 'Europe/Paris';

/** "5 décembre 2026 à 14:30" or "5 December 2026 at 14:30", in the recipient's time zone. */
export function formatDateTime(iso: string, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso));
}

/** "A, B and C" / "A, B et C". */
export function formatList(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(LANGUAGE_TAGS[locale], { style: 'long', type: 'conjunction' }).format(
    items.map(oneLine),
  );
}

export const isTimeZone = (value: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
};
