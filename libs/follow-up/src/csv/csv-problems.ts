import type { Translated } from '@inclusion/i18n';

/**
 * Something wrong with a commitments file (column null, or the header name it is about) or with one
 * of its rows (column null when it is the whole row). The code is stable for programs; the messages
 * are for the coordinator who sent the file.
 */
export interface CsvProblem {
  column: string | null;
  code: string;
  messages: Translated;
  details?: Record<string, unknown>;
}

const EXCERPT_LENGTH = 60;

/** A value as a message quotes it: on one line, and short enough not to drown the sentence. */
export function excerpt(value: string): string {
  const characters = [...value.replace(/\p{Cc}+/gu, ' ')];
  return characters.length > EXCERPT_LENGTH
    ? `${characters.slice(0, EXCERPT_LENGTH).join('')}…`
    : characters.join('');
}

const problem = (
  column: string | null,
  code: string,
  messages: Translated,
  details?: Record<string, unknown>,
): CsvProblem => (details ? { column, code, messages, details } : { column, code, messages });

// The file as a whole: nothing in it is imported.

const megabytes = (bytes: number): number => Math.round((bytes / (1024 * 1024)) * 10) / 10;

export const fileTooLarge = (bytes: number, limit: number): CsvProblem =>
  problem(
    null,
    'FILE_TOO_LARGE',
    {
      fr: `Le fichier pèse ${String(megabytes(bytes)).replace('.', ',')} Mo ; un import en prend au plus ${String(megabytes(limit)).replace('.', ',')}.`,
      en: `The file is ${megabytes(bytes)} MB; an import takes at most ${megabytes(limit)}.`,
    },
    { bytes, limit },
  );

export const tooManyRows = (rows: number, limit: number): CsvProblem =>
  problem(
    null,
    'TOO_MANY_ROWS',
    {
      fr: `Le fichier compte ${rows} lignes d'engagements ; un import en prend au plus ${limit}. Découpez-le en plusieurs fichiers.`,
      en: `The file has ${rows} commitment rows; an import takes at most ${limit}. Split it into several files.`,
    },
    { rows, limit },
  );

const MALFORMED_REASONS: Record<string, Translated> = {
  CSV_QUOTE_NOT_CLOSED: {
    fr: "un guillemet ouvert n'est jamais refermé",
    en: 'a quote is opened and never closed',
  },
  CSV_MAX_RECORD_SIZE: {
    fr: 'une ligne est démesurément longue (guillemet non refermé ?)',
    en: 'a row is far too long (a quote left open?)',
  },
};
const MISPLACED_QUOTE: Translated = {
  fr: 'un guillemet est mal placé (une cellule qui contient des guillemets est entourée de guillemets, et les siens sont doublés)',
  en: 'a quote is misplaced (a cell that holds quotes is itself in quotes, with its own quotes doubled)',
};

export const malformedCsv = (line: number, parserCode: string): CsvProblem => {
  const reason = MALFORMED_REASONS[parserCode] ?? MISPLACED_QUOTE;
  return problem(
    null,
    'MALFORMED_CSV',
    {
      fr: `Le fichier n'est pas un CSV lisible à la ligne ${line} : ${reason.fr}.`,
      en: `The file is not readable CSV at line ${line}: ${reason.en}.`,
    },
    { line, parserCode },
  );
};

export const unknownColumn = (column: string): CsvProblem =>
  problem(column, 'UNKNOWN_COLUMN', {
    fr: `La colonne « ${excerpt(column)} » n'est pas reconnue : les noms de colonnes sont ceux de l'export.`,
    en: `Column "${excerpt(column)}" is not recognised: column names are those of the export.`,
  });

export const missingColumn = (column: string): CsvProblem =>
  problem(column, 'MISSING_COLUMN', {
    fr: `La colonne « ${column} » est obligatoire : c'est elle qui identifie chaque engagement.`,
    en: `Column "${column}" is required: it identifies each commitment.`,
  });

export const duplicateColumn = (column: string): CsvProblem =>
  problem(column, 'DUPLICATE_COLUMN', {
    fr: `La colonne « ${column} » apparaît plusieurs fois : gardez-en une seule.`,
    en: `Column "${column}" appears more than once: keep only one.`,
  });

// One row: that row is not imported, the others may be.

export const wrongCellCount = (expected: number, actual: number): CsvProblem =>
  problem(
    null,
    'WRONG_CELL_COUNT',
    {
      fr: `Cette ligne a ${actual} cellules alors que l'en-tête a ${expected} colonnes (séparateur ou guillemet en trop ou manquant ?).`,
      en: `This row has ${actual} cells while the header has ${expected} columns (a separator or quote too many or missing?).`,
    },
    { expected, actual },
  );

export const externalIdRequired = (column: string): CsvProblem =>
  problem(column, 'EXTERNAL_ID_REQUIRED', {
    fr: `Chaque ligne porte l'identifiant de l'engagement (colonne « ${column} »).`,
    en: `Each row carries the commitment's identifier (column "${column}").`,
  });

export const duplicateExternalId = (
  column: string,
  externalId: string,
  firstLine: number,
): CsvProblem =>
  problem(
    column,
    'DUPLICATE_EXTERNAL_ID',
    {
      fr: `L'identifiant « ${excerpt(externalId)} » est déjà celui de la ligne ${firstLine} : un engagement tient sur une seule ligne.`,
      en: `Identifier "${excerpt(externalId)}" is already that of line ${firstLine}: a commitment takes a single row.`,
    },
    { firstLine },
  );

export const tooLong = (column: string, value: string, maxLength: number): CsvProblem =>
  problem(
    column,
    'TOO_LONG',
    {
      fr: `La colonne « ${column} » dépasse ${maxLength} caractères : « ${excerpt(value)} ».`,
      en: `Column "${column}" is over ${maxLength} characters: "${excerpt(value)}".`,
    },
    { maxLength, length: [...value].length },
  );

/** Names the character by its code point: printed as is, it would be invisible or break the line. */
export const invalidText = (column: string, character: string): CsvProblem => {
  const codePoint = `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return problem(
    column,
    'INVALID_TEXT',
    {
      fr: `La colonne « ${column} » contient un caractère de contrôle invisible (${codePoint}) : retapez la cellule.`,
      en: `Column "${column}" holds an invisible control character (${codePoint}): retype the cell.`,
    },
    { codePoint },
  );
};

export const invalidDate = (column: string, value: string): CsvProblem =>
  problem(column, 'INVALID_DATE', {
    fr: `« ${excerpt(value)} » (colonne « ${column} ») n'est pas une date du calendrier : écrivez AAAA-MM-JJ ou JJ/MM/AAAA.`,
    en: `"${excerpt(value)}" (column "${column}") is not a calendar date: write YYYY-MM-DD or DD/MM/YYYY.`,
  });

export const invalidStatus = (column: string, value: string): CsvProblem =>
  problem(column, 'INVALID_STATUS', {
    fr: `« ${excerpt(value)} » (colonne « ${column} ») n'est pas un statut : non commencé, en cours, terminé, en retard ou abandonné.`,
    en: `"${excerpt(value)}" (column "${column}") is not a status: not_started, in_progress, done, delayed or abandoned.`,
  });

export const invalidProgress = (column: string, value: string): CsvProblem =>
  problem(column, 'INVALID_PROGRESS', {
    fr: `« ${excerpt(value)} » (colonne « ${column} ») n'est pas un avancement : un nombre entier de 0 à 100, avec ou sans %.`,
    en: `"${excerpt(value)}" (column "${column}") is not a progress: a whole number from 0 to 100, with or without %.`,
  });

export const invalidWeight = (column: string, value: string): CsvProblem =>
  problem(column, 'INVALID_WEIGHT', {
    fr: `« ${excerpt(value)} » (colonne « ${column} ») n'est pas un poids : un nombre entier de 1 à 100.`,
    en: `"${excerpt(value)}" (column "${column}") is not a weight: a whole number from 1 to 100.`,
  });

export const invalidBoolean = (column: string, value: string): CsvProblem =>
  problem(column, 'INVALID_BOOLEAN', {
    fr: `« ${excerpt(value)} » (colonne « ${column} ») ne dit ni oui ni non : écrivez oui ou non.`,
    en: `"${excerpt(value)}" (column "${column}") is neither yes nor no: write yes or no.`,
  });

export const invalidEmail = (column: string, value: string): CsvProblem =>
  problem(column, 'INVALID_EMAIL', {
    fr: `« ${excerpt(value)} » (colonne « ${column} ») n'est pas une adresse e-mail.`,
    en: `"${excerpt(value)}" (column "${column}") is not an email address.`,
  });
