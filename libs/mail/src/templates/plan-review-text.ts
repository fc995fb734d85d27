import type { Locale } from '@inclusion/i18n';
import { textParagraphs } from './mail-text';

/** A review notice a month late is no use: the plan has moved on. */
const STALE_AFTER_MS = 30 * 24 * 3600_000;

/** The instant after which a notice about the review of an action plan is no longer sent. */
export const monthAfter = (instant: string): string =>
  new Date(Date.parse(instant) + STALE_AFTER_MS).toISOString();

/**
 * What someone wrote (a comment, a reviewer's note), one paragraph per line, within the language's
 * quotation marks so that it reads as theirs, not ours.
 */
export function quotedParagraphs(text: string, locale: Locale): string[] {
  const [open, close] = locale === 'fr' ? ['«\u00a0', '\u00a0»'] : ['"', '"'];
  const lines = textParagraphs(text);
  return lines.map(
    (line, index) => `${index === 0 ? open : ''}${line}${index === lines.length - 1 ? close : ''}`,
  );
}
