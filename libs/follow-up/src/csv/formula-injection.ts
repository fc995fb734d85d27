/*
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return before one) as a
 * formula, so text typed by anyone could run on the coordinator's computer when they open an
 * export (OWASP "CSV injection"). The export prefixes such cells with an apostrophe, which
 * spreadsheets show as plain text; the import takes that one apostrophe off again, so a file
 * exported and imported back changes nothing. Full-width signs count too: some spreadsheets
 * normalise them into the ASCII ones.
 */

const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠']);

const isTriggered = (text: string): boolean => text.length > 0 && TRIGGERS.has(text[0]);

export const escapeFormula = (value: string): string => (isTriggered(value) ? `'${value}` : value);

export const unescapeFormula = (cell: string): string =>
  cell.startsWith("'") && isTriggered(cell.slice(1)) ? cell.slice(1) : cell;
