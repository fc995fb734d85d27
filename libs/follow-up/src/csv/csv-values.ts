import { isEmail } from 'class-validator';
import type { CommitmentStatusValue } from './commitment-csv-columns';

/*
 * Reading one cell's text (already trimmed, never empty) as the value it stands for, or null when it
 * is not one. Each accepts what a French or English spreadsheet writes, and nothing ambiguous.
 */

/** Lengths as a person counts them: an accented letter or an emoji is one character. */
export const characterCount = (value: string): number => [...value].length;

/** A control character other than tab and line breaks, which only a broken copy puts in text. */
export const firstControlCharacter = (value: string): string | null =>
  /(?![\t\n\r])\p{Cc}/u.exec(value)?.[0] ?? null;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// French spreadsheets write days first; 5/3/2025 is as clear as 05/03/2025.
const FRENCH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
// Wide enough for any programme; a year typed as 0225 or 20025 is a typo, not a plan.
const FIRST_YEAR = 1900;
const LAST_YEAR = 2999;

const daysInMonth = (year: number, month: number): number => {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
};

function dateParts(value: string): [year: number, month: number, day: number] | null {
  const iso = ISO_DATE.exec(value);
  if (iso) return [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  const french = FRENCH_DATE.exec(value);
  if (french) return [Number(french[3]), Number(french[2]), Number(french[1])];
  return null;
}

/** YYYY-MM-DD, from YYYY-MM-DD or DD/MM/YYYY, if that day exists. */
export function parseCalendarDate(value: string): string | null {
  const parts = dateParts(value);
  if (!parts) return null;
  const [year, month, day] = parts;
  if (year < FIRST_YEAR || year > LAST_YEAR) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Compared without case or accents: spreadsheets on different systems spell "terminé" differently.
const fold = (value: string): string =>
  value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ');

// Maps rather than objects: a cell reading "constructor" must not find Object's.
const STATUS_WORDS = new Map<string, CommitmentStatusValue>([
  ['not_started', 'not_started'],
  ['in_progress', 'in_progress'],
  ['done', 'done'],
  ['delayed', 'delayed'],
  ['abandoned', 'abandoned'],
  ['non commence', 'not_started'],
  ['en cours', 'in_progress'],
  ['termine', 'done'],
  ['en retard', 'delayed'],
  ['abandonne', 'abandoned'],
]);

export const parseCommitmentStatus = (value: string): CommitmentStatusValue | null =>
  STATUS_WORDS.get(fold(value)) ?? null;

const WHOLE_NUMBER = /^\d{1,3}$/;
// French typography puts a (narrow) no-break space before %, which \s covers.
const PERCENTAGE = /^(\d{1,3})\s*%?$/;

/** A whole number of percent from 0 to 100; "40", "40%" and "40 %" are the same. */
export function parseProgress(value: string): number | null {
  const match = PERCENTAGE.exec(value);
  if (!match) return null;
  const progress = Number(match[1]);
  return progress <= 100 ? progress : null;
}

/** A milestone's weight among its siblings: a whole number from 1 to 100. */
export function parseWeight(value: string): number | null {
  if (!WHOLE_NUMBER.test(value)) return null;
  const weight = Number(value);
  return weight >= 1 && weight <= 100 ? weight : null;
}

// VRAI and FAUX are how a French Excel writes its own booleans.
const BOOLEAN_WORDS = new Map<string, boolean>([
  ['true', true],
  ['false', false],
  ['yes', true],
  ['no', false],
  ['oui', true],
  ['non', false],
  ['vrai', true],
  ['faux', false],
  ['1', true],
  ['0', false],
]);

export const parseCsvBoolean = (value: string): boolean | null =>
  BOOLEAN_WORDS.get(value.toLowerCase()) ?? null;

const MAX_EMAIL_LENGTH = 320;

/** The test an account's address passes, so an owner who could sign up is never refused here. */
export const parseEmail = (value: string): string | null =>
  value.length <= MAX_EMAIL_LENGTH && isEmail(value) ? value.toLowerCase() : null;
