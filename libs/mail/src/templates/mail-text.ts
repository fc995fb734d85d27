import type { Locale } from '@inclusion/i18n';
import { dateTimeFormat, displayNames, listFormat, numberFormat } from './intl-cache';

/**
 * Names typed by people (a display name, a city's name) go into a subject line and a sentence:
 * line breaks and control characters there would forge headers or break the layout.
 */
// eslint-disable-next-line no-control-regex
const BREAKS_AND_CONTROLS = /[\u0000-\u001f\u007f\u2028\u2029]+/g;

export const oneLine = (value: string): string =>
  value.replace(BREAKS_AND_CONTROLS, ' ').replace(/\s+/g, ' ').trim();

const LINE_BREAK = /\r\n|[\n\v\f\r\u0085\u2028\u2029]/;

/**
 * Text people typed over several lines (a comment, a note): one paragraph per line that is not
 * blank, each made a single line, so the layout escapes and spaces it like any other paragraph and
 * the text cannot forge anything around it.
 */
export const textParagraphs = (value: string): string[] =>
  value
    .split(LINE_BREAK)
    .map(oneLine)
    .filter((line) => line.length > 0);

const LANGUAGE_TAGS: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

export const DEFAULT_TIME_ZONE = 'Europe/Paris';

/** "5 décembre 2026 à 14:30" or "5 December 2026 at 14:30", in the recipient's time zone. */
export function formatDateTime(iso: string, locale: Locale, timeZone: string): string {
  return dateTimeFormat(LANGUAGE_TAGS[locale], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso));
}

/** "A, B and C" / "A, B et C". */
export function formatList(items: readonly string[], locale: Locale): string {
  return listFormat(LANGUAGE_TAGS[locale], { style: 'long', type: 'conjunction' }).format(
    items.map(oneLine),
  );
}

export const isTimeZone = (value: string): boolean => {
  try {
    dateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
};

/** "mardi 14 janvier 2025" / "Tuesday, 14 January 2025", in the given time zone. */
export function formatDay(iso: string, locale: Locale, timeZone: string): string {
  return dateTimeFormat(LANGUAGE_TAGS[locale], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(new Date(iso));
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A day of the calendar written `YYYY-MM-DD` that exists (no 31 April, no 29 February 2025). */
export const isCalendarDate = (value: unknown): value is string => {
  if (typeof value !== 'string') return false;
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
};

interface CalendarDay {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
}

function calendarDayOf(date: string): CalendarDay {
  if (!isCalendarDate(date)) throw new Error(`${date} is not a calendar date (YYYY-MM-DD)`);
  const [year, month, day] = date.split('-').map(Number);
  return { year, month, day };
}

/** "décembre" / "December". */
const monthName = ({ year, month }: CalendarDay, locale: Locale): string =>
  dateTimeFormat(LANGUAGE_TAGS[locale], { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );

/** "1er" in French, as the first of the month is written. */
const dayNumber = ({ day }: CalendarDay, locale: Locale): string =>
  locale === 'fr' && day === 1 ? '1er' : String(day);

const dayMonth = (date: CalendarDay, locale: Locale): string =>
  `${dayNumber(date, locale)} ${monthName(date, locale)}`;

/**
 * "1er décembre 2025" / "1 December 2025": a calendar date (`YYYY-MM-DD`), the same day in every
 * time zone, unlike `formatDay` that reads an instant.
 */
export function formatCalendarDay(date: string, locale: Locale): string {
  const day = calendarDayOf(date);
  return `${dayMonth(day, locale)} ${day.year}`;
}

/**
 * The days from `start` to `end` (`YYYY-MM-DD`, both included), with their preposition: "du 1er au
 * 7 décembre 2025" / "from 1 to 7 December 2025", "en novembre 2025" / "in November 2025".
 */
export function formatPeriod(start: string, end: string, locale: Locale): string {
  const first = calendarDayOf(start);
  const last = calendarDayOf(end);
  const sameYear = first.year === last.year;
  const sameMonth = sameYear && first.month === last.month;
  const lastOfMonth = new Date(Date.UTC(last.year, last.month, 0)).getUTCDate();
  const to = formatCalendarDay(end, locale);
  if (sameMonth && first.day === 1 && last.day === lastOfMonth) {
    const month = `${monthName(first, locale)} ${first.year}`;
    return locale === 'fr' ? `en ${month}` : `in ${month}`;
  }
  if (sameMonth && first.day === last.day) return locale === 'fr' ? `le ${to}` : `on ${to}`;
  const from = sameMonth
    ? dayNumber(first, locale)
    : sameYear
      ? dayMonth(first, locale)
      : formatCalendarDay(start, locale);
  return locale === 'fr' ? `du ${from} au ${to}` : `from ${from} to ${to}`;
}

/** "1 234" / "1,234". */
export const formatNumber = (value: number, locale: Locale): string =>
  numberFormat(LANGUAGE_TAGS[locale]).format(value);

/** "09:30", in the given time zone. */
export function formatTime(iso: string, locale: Locale, timeZone: string): string {
  return dateTimeFormat(LANGUAGE_TAGS[locale], {
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
      displayNames(LANGUAGE_TAGS[locale], { type: 'language', fallback: 'code' }).of(tag) ?? tag
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
