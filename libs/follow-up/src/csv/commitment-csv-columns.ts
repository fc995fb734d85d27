/*
 * The columns of a city's commitments file. One file goes both ways: coordinators export it, edit
 * it in a spreadsheet and import it back, so every column an import reads is also written, and the
 * columns only an export fills (computed or the platform's own) are accepted and ignored on import.
 */

export type CommitmentStatusValue =
  'not_started' | 'in_progress' | 'done' | 'delayed' | 'abandoned';

export const COMMITMENT_STATUS_VALUES: readonly CommitmentStatusValue[] = [
  'not_started',
  'in_progress',
  'done',
  'delayed',
  'abandoned',
];

/** What one row asks to set; a field is absent when its cell was empty, to leave it unchanged. */
export interface CommitmentCsvFields {
  /** The recommendation it answers, by external id or UUID: the importer resolves it. */
  recommendation?: string;
  /** Makes the row a milestone of that commitment. */
  parentExternalId?: string;
  titleFr?: string;
  titleEn?: string;
  descriptionFr?: string;
  descriptionEn?: string;
  department?: string;
  /** Lower-cased, as accounts' addresses are. */
  ownerEmail?: string;
  /** YYYY-MM-DD. */
  startDate?: string;
  /** YYYY-MM-DD. */
  dueDate?: string;
  status?: CommitmentStatusValue;
  statusReason?: string;
  progress?: number;
  weight?: number;
  published?: boolean;
}

/** The header of an export, in order. */
export const COMMITMENT_CSV_COLUMNS = [
  'id',
  'external_id',
  'recommendation',
  'parent_external_id',
  'title_fr',
  'title_en',
  'description_fr',
  'description_en',
  'department',
  'owner_email',
  'start_date',
  'due_date',
  'status',
  'status_reason',
  'progress',
  'weight',
  'published',
  'last_update_at',
  'overdue',
  'stale',
] as const;

export type CommitmentCsvColumn = (typeof COMMITMENT_CSV_COLUMNS)[number];

/** The key of an import: the city's own reference for a commitment. */
export const EXTERNAL_ID_COLUMN = 'external_id' satisfies CommitmentCsvColumn;

/** Written by an export for the reader's sake; an import does not set them. */
export const EXPORT_ONLY_COLUMNS = [
  'id',
  'last_update_at',
  'overdue',
  'stale',
] as const satisfies readonly CommitmentCsvColumn[];

/** Each other column, which an import reads, and the field it fills. */
export const FIELD_COLUMNS = {
  recommendation: 'recommendation',
  parent_external_id: 'parentExternalId',
  title_fr: 'titleFr',
  title_en: 'titleEn',
  description_fr: 'descriptionFr',
  description_en: 'descriptionEn',
  department: 'department',
  owner_email: 'ownerEmail',
  start_date: 'startDate',
  due_date: 'dueDate',
  status: 'status',
  status_reason: 'statusReason',
  progress: 'progress',
  weight: 'weight',
  published: 'published',
} as const satisfies Record<
  Exclude<CommitmentCsvColumn, typeof EXTERNAL_ID_COLUMN | (typeof EXPORT_ONLY_COLUMNS)[number]>,
  keyof CommitmentCsvFields
>;

export type FieldColumn = keyof typeof FIELD_COLUMNS;

export const isFieldColumn = (name: string): name is FieldColumn =>
  Object.prototype.hasOwnProperty.call(FIELD_COLUMNS, name);

export const isExportOnlyColumn = (name: string): boolean =>
  (EXPORT_ONLY_COLUMNS as readonly string[]).includes(name);
