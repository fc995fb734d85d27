import { EXTERNAL_ID_COLUMN } from './commitment-csv-columns';
import { readCommitmentCsvHeader } from './commitment-csv-header';
import { readCommitmentRow, type ParsedCommitmentRow } from './commitment-csv-row';
import { duplicateExternalId, fileTooLarge, tooManyRows, type CsvProblem } from './csv-problems';
import { readCsvTable } from './csv-table';

export type { ParsedCommitmentRow } from './commitment-csv-row';

/** Enough for any city's plan; beyond, a file is more likely a mistake than a plan. */
export const COMMITMENT_CSV_MAX_ROWS = 5000;
export const COMMITMENT_CSV_MAX_BYTES = 5 * 1024 * 1024;

/**
 * A commitments file read row by row. When `fileProblems` is not empty the file was not
 * understood as a whole (its size, its quoting or its header) and `rows` is empty: nothing in it is
 * to be imported.
 */
export interface ParsedCommitmentsFile {
  rows: ParsedCommitmentRow[];
  fileProblems: CsvProblem[];
}

const refused = (fileProblems: CsvProblem[]): ParsedCommitmentsFile => ({ rows: [], fileProblems });

/**
 * One commitment takes one row: a second row with the same identifier is refused, naming the
 * first, rather than one silently overwriting the other.
 */
function flagRepeatedExternalIds(rows: ParsedCommitmentRow[]): void {
  const firstLines = new Map<string, number>();
  for (const row of rows) {
    if (row.externalId === null) continue;
    const firstLine = firstLines.get(row.externalId);
    if (firstLine === undefined) firstLines.set(row.externalId, row.line);
    else row.problems.push(duplicateExternalId(EXTERNAL_ID_COLUMN, row.externalId, firstLine));
  }
}

/** Reads a commitments file's text: what each row sets, and what is wrong with it and why. */
export function readCommitmentsCsv(text: string): ParsedCommitmentsFile {
  // Before parsing, so that a huge upload costs nothing more than its length.
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > COMMITMENT_CSV_MAX_BYTES) {
    return refused([fileTooLarge(bytes, COMMITMENT_CSV_MAX_BYTES)]);
  }
  const table = readCsvTable(text);
  if (table.problem) return refused([table.problem]);
  const header = readCommitmentCsvHeader(table.header?.cells ?? []);
  const fileProblems = [...header.problems];
  if (table.records.length > COMMITMENT_CSV_MAX_ROWS) {
    fileProblems.push(tooManyRows(table.records.length, COMMITMENT_CSV_MAX_ROWS));
  }
  if (!header.layout || fileProblems.length > 0) return refused(fileProblems);
  const { layout } = header;
  const rows = table.records.map(({ line, cells }) => readCommitmentRow(line, cells, layout));
  flagRepeatedExternalIds(rows);
  return { rows, fileProblems: [] };
}
