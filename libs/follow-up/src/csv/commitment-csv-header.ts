import {
  EXTERNAL_ID_COLUMN,
  isExportOnlyColumn,
  isFieldColumn,
  type FieldColumn,
} from './commitment-csv-columns';
import { duplicateColumn, missingColumn, unknownColumn, type CsvProblem } from './csv-problems';

/** Where each column an import reads sits in a row. */
export interface CommitmentCsvLayout {
  /** Cells a row must have: as many as the header. */
  width: number;
  externalId: number;
  fields: Array<{ column: FieldColumn; index: number }>;
}

export type CommitmentCsvHeader =
  { layout: CommitmentCsvLayout; problems: [] } | { layout: null; problems: CsvProblem[] };

/**
 * Column names are matched without case or surrounding spaces, in any order. A name that is not
 * ours stops the import rather than being skipped: a misspelt "titel_fr" would otherwise drop the
 * titles without a word. A column without a name is skipped, as spreadsheets often add empty ones
 * at the end.
 */
export function readCommitmentCsvHeader(cells: string[]): CommitmentCsvHeader {
  const problems: CsvProblem[] = [];
  const seen = new Set<string>();
  const fields: CommitmentCsvLayout['fields'] = [];
  let externalId = -1;
  cells.forEach((cell, index) => {
    const name = cell.trim().toLowerCase();
    if (name === '') return;
    if (seen.has(name)) {
      if (!problems.some((known) => known.code === 'DUPLICATE_COLUMN' && known.column === name)) {
        problems.push(duplicateColumn(name));
      }
      return;
    }
    seen.add(name);
    if (name === EXTERNAL_ID_COLUMN) externalId = index;
    else if (isFieldColumn(name)) fields.push({ column: name, index });
    else if (!isExportOnlyColumn(name)) problems.push(unknownColumn(cell.trim()));
  });
  if (externalId < 0) problems.push(missingColumn(EXTERNAL_ID_COLUMN));
  if (problems.length > 0) return { layout: null, problems };
  return { layout: { width: cells.length, externalId, fields }, problems: [] };
}
