import type { ClientBase } from 'pg';
import { INSERT_ORDER, SCHEMA, type Row, type TableName } from './schema';

type Text = string | null;

/** A PostgreSQL array literal of text: every element quoted, quotes and backslashes escaped. */
const arrayLiteral = (values: readonly string[]): string =>
  `{${values.map((value) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;

function toText(type: string, value: unknown): Text {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'text[]':
      return arrayLiteral(value as string[]);
    case 'jsonb':
      return JSON.stringify(value);
    case 'timestamptz':
      return (value as Date).toISOString();
    default:
      return String(value);
  }
}

interface Buffer {
  table: TableName;
  stage: number;
  columns: string[];
  types: string[];
  values: Text[][];
  rows: number;
}

/** Rows per statement: large enough to be fast, small enough to keep each statement's memory low. */
const CHUNK_ROWS = 5000;

/**
 * Rows gathered column by column, then written with one `INSERT … SELECT … FROM unnest(…)` per
 * table and chunk: a statement carries thousands of rows as one array per column.
 */
export class Batch {
  private readonly buffers = new Map<string, Buffer>();

  add<T extends TableName>(table: T, row: Row<T>, stage = 0): void {
    const key = `${table}:${stage}`;
    let buffer = this.buffers.get(key);
    if (!buffer) {
      const columns = Object.keys(SCHEMA[table]);
      buffer = {
        table,
        stage,
        columns,
        types: columns.map((column) => (SCHEMA[table] as Record<string, string>)[column]),
        values: columns.map(() => []),
        rows: 0,
      };
      this.buffers.set(key, buffer);
    }
    const values = row as Record<string, unknown>;
    for (let i = 0; i < buffer.columns.length; i += 1) {
      buffer.values[i].push(toText(buffer.types[i], values[buffer.columns[i]]));
    }
    buffer.rows += 1;
  }

  counts(): Partial<Record<TableName, number>> {
    const counts: Partial<Record<TableName, number>> = {};
    for (const buffer of this.buffers.values()) {
      counts[buffer.table] = (counts[buffer.table] ?? 0) + buffer.rows;
    }
    return counts;
  }

  /** Writes every row, parents first, on the client's current transaction. */
  async write(client: ClientBase): Promise<void> {
    for (const { table, stage } of INSERT_ORDER) {
      const buffer = this.buffers.get(`${table}:${stage}`);
      if (!buffer?.rows) continue;
      const names = buffer.columns.map((column) => `"${column}"`).join(', ');
      const casts = buffer.types.map((type, i) => `u.c${i}::${type}`).join(', ');
      const arrays = buffer.columns.map((_, i) => `$${i + 1}::text[]`).join(', ');
      const aliases = buffer.columns.map((_, i) => `c${i}`).join(', ');
      const sql = `insert into "${table}" (${names}) select ${casts} from unnest(${arrays}) as u(${aliases})`;
      for (let start = 0; start < buffer.rows; start += CHUNK_ROWS) {
        const end = Math.min(start + CHUNK_ROWS, buffer.rows);
        await client.query(
          sql,
          buffer.values.map((column) => column.slice(start, end)),
        );
      }
    }
    this.buffers.clear();
  }
}
