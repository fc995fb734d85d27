import {
  EXTERNAL_ID_COLUMN,
  FIELD_COLUMNS,
  type CommitmentCsvFields,
  type FieldColumn,
} from './commitment-csv-columns';
import type { CommitmentCsvLayout } from './commitment-csv-header';
import {
  externalIdRequired,
  invalidBoolean,
  invalidDate,
  invalidEmail,
  invalidProgress,
  invalidStatus,
  invalidText,
  invalidWeight,
  tooLong,
  wrongCellCount,
  type CsvProblem,
} from './csv-problems';
import {
  characterCount,
  firstControlCharacter,
  parseCalendarDate,
  parseCommitmentStatus,
  parseCsvBoolean,
  parseEmail,
  parseProgress,
  parseWeight,
} from './csv-values';
import { unescapeFormula } from './formula-injection';

/**
 * One row of a commitments file. `fields` holds only what the row sets, valid; a row with problems
 * is not to be applied at all, even in part.
 */
export interface ParsedCommitmentRow {
  /** The line a spreadsheet shows the row on (the header is line 1). */
  line: number;
  /** Null when the cell is empty or not a valid identifier. */
  externalId: string | null;
  fields: CommitmentCsvFields;
  problems: CsvProblem[];
}

type FieldOf<C extends FieldColumn> = (typeof FIELD_COLUMNS)[C];
type ValueOf<C extends FieldColumn> = NonNullable<CommitmentCsvFields[FieldOf<C>]>;
type Reading<T> = { value: T } | { problem: CsvProblem };
type ColumnReader<C extends FieldColumn> = (text: string, column: C) => Reading<ValueOf<C>>;

const MAX_KEY_LENGTH = 100;

const upTo =
  (maxLength: number) =>
  (value: string, column: string): Reading<string> =>
    characterCount(value) <= maxLength ? { value } : { problem: tooLong(column, value, maxLength) };

const parsed =
  <T>(parse: (value: string) => T | null, refusal: (column: string, value: string) => CsvProblem) =>
  (value: string, column: string): Reading<T> => {
    const result = parse(value);
    return result === null ? { problem: refusal(column, value) } : { value: result };
  };

const READERS: { [C in FieldColumn]: ColumnReader<C> } = {
  recommendation: upTo(MAX_KEY_LENGTH),
  parent_external_id: upTo(MAX_KEY_LENGTH),
  title_fr: upTo(300),
  title_en: upTo(300),
  description_fr: upTo(4000),
  description_en: upTo(4000),
  department: upTo(200),
  owner_email: parsed(parseEmail, invalidEmail),
  start_date: parsed(parseCalendarDate, invalidDate),
  due_date: parsed(parseCalendarDate, invalidDate),
  status: parsed(parseCommitmentStatus, invalidStatus),
  status_reason: upTo(2000),
  progress: parsed(parseProgress, invalidProgress),
  weight: parsed(parseWeight, invalidWeight),
  published: parsed(parseCsvBoolean, invalidBoolean),
};

/**
 * A cell's text as the row means it, or null when the cell is empty: trimmed, and without the
 * apostrophe an export puts before formula-like text. Control characters are refused here, for
 * every column alike.
 */
function cellText(cell: string, column: string): Reading<string> | null {
  const trimmed = cell.trim();
  if (trimmed === '') return null;
  const value = unescapeFormula(trimmed);
  const control = firstControlCharacter(value);
  return control === null ? { value } : { problem: invalidText(column, control) };
}

function readField<C extends FieldColumn>(
  fields: CommitmentCsvFields,
  column: C,
  cell: string,
): CsvProblem | null {
  const text = cellText(cell, column);
  if (text === null) return null;
  if ('problem' in text) return text.problem;
  const reading = READERS[column](text.value, column);
  if ('problem' in reading) return reading.problem;
  const field: FieldOf<C> = FIELD_COLUMNS[column];
  fields[field] = reading.value;
  return null;
}

function readExternalId(cell: string): Reading<string> {
  const text = cellText(cell, EXTERNAL_ID_COLUMN);
  if (text === null) return { problem: externalIdRequired(EXTERNAL_ID_COLUMN) };
  if ('problem' in text) return text;
  return characterCount(text.value) <= MAX_KEY_LENGTH
    ? text
    : { problem: tooLong(EXTERNAL_ID_COLUMN, text.value, MAX_KEY_LENGTH) };
}

/** Checks a row on its own; identifiers repeated across rows are the file reader's concern. */
export function readCommitmentRow(
  line: number,
  cells: string[],
  layout: CommitmentCsvLayout,
): ParsedCommitmentRow {
  // Cells out of place would land in the wrong fields: the row is refused whole.
  if (cells.length !== layout.width) {
    return {
      line,
      externalId: null,
      fields: {},
      problems: [wrongCellCount(layout.width, cells.length)],
    };
  }
  const problems: CsvProblem[] = [];
  const externalId = readExternalId(cells[layout.externalId]);
  if ('problem' in externalId) problems.push(externalId.problem);
  const fields: CommitmentCsvFields = {};
  for (const { column, index } of layout.fields) {
    const problem = readField(fields, column, cells[index]);
    if (problem) problems.push(problem);
  }
  return {
    line,
    externalId: 'value' in externalId ? externalId.value : null,
    fields,
    problems,
  };
}
