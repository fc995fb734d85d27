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

/** "mardi 14 janvier 2025" / "Tuesday, 14 January 2025", in the given time zone. */
export function formatDay(iso: string, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(new Date(iso));
}

/** "09:30", in the given time zone. */
export function formatTime(iso: string, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], {
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(iso));
}

/** A BCP 47 language tag such as `fr`, `ar` or `pt-BR`. */
export const isLanguageTag = (value: unknown): value is string => {
  if (typeof value !== 'string' || !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(value)) {
    return false;
  }
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
};

/** "anglais" / "English": a language's name in the recipient's language, its tag if unknown. */
export function languageName(tag: string, locale: Locale): string {
  try {
    return (
      new Intl.DisplayNames(LANGUAGE_TAGS[locale], { type: 'language', fallback: 'code' }).of(
        tag,
      ) ?? tag
    );
  } catch {
    return oneLine(tag);
  }
}

/** Only web links are ever put in a mail: no `javascript:`, `data:` or `file:` URL. */
export const isWebUrl = (value: unknown): value is string => {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
  } catch {
    return false;
  }
};
