import { stringify } from 'csv-stringify/sync';
import {
  COMMITMENT_CSV_COLUMNS,
  type CommitmentCsvColumn,
  type CommitmentStatusValue,
} from './commitment-csv-columns';
import { escapeFormula } from './formula-injection';

/** A commitment as an export writes it. */
export interface CommitmentCsvRecord {
  id: string;
  externalId: string | null;
  /** The recommendation's external id, or its id when it has none; none for a plan's action. */
  recommendation: string | null;
  parentExternalId: string | null;
  titleFr: string;
  titleEn: string;
  descriptionFr: string | null;
  descriptionEn: string | null;
  department: string;
  ownerEmail: string | null;
  /** YYYY-MM-DD. */
  startDate: string;
  /** YYYY-MM-DD. */
  dueDate: string;
  status: CommitmentStatusValue;
  statusReason: string | null;
  progress: number;
  weight: number;
  published: boolean;
  lastUpdateAt: Date;
  overdue: boolean;
  stale: boolean;
}

type Cell = string | number | boolean | Date | null;

const CELLS: Record<CommitmentCsvColumn, (record: CommitmentCsvRecord) => Cell> = {
  id: (record) => record.id,
  external_id: (record) => record.externalId,
  recommendation: (record) => record.recommendation,
  parent_external_id: (record) => record.parentExternalId,
  title_fr: (record) => record.titleFr,
  title_en: (record) => record.titleEn,
  description_fr: (record) => record.descriptionFr,
  description_en: (record) => record.descriptionEn,
  department: (record) => record.department,
  owner_email: (record) => record.ownerEmail?.toLowerCase() ?? null,
  start_date: (record) => record.startDate,
  due_date: (record) => record.dueDate,
  status: (record) => record.status,
  status_reason: (record) => record.statusReason,
  progress: (record) => record.progress,
  weight: (record) => record.weight,
  published: (record) => record.published,
  last_update_at: (record) => record.lastUpdateAt,
  overdue: (record) => record.overdue,
  stale: (record) => record.stale,
};

/** Every cell as text here, so that what reaches the file is exactly what was escaped. */
function cellText(value: Cell): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString();
  return escapeFormula(String(value));
}

/**
 * The commitments as a file a spreadsheet opens as is: UTF-8 with a byte order mark (without it
 * Excel reads accents as Latin-1), commas, CRLF, and quotes only where a cell needs them.
 */
export function writeCommitmentsCsv(records: CommitmentCsvRecord[]): string {
  return stringify(
    [
      [...COMMITMENT_CSV_COLUMNS],
      ...records.map((record) =>
        COMMITMENT_CSV_COLUMNS.map((column) => cellText(CELLS[column](record))),
      ),
    ],
    {
      bom: true,
      delimiter: ',',
      record_delimiter: 'windows',
      // Given a record delimiter, csv-stringify would otherwise leave a lone LF in a cell unquoted.
      quote_record_delimiter: true,
    },
  );
}
