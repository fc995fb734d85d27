import { CsvError, parse, type Info } from 'csv-parse/sync';
import { malformedCsv, type CsvProblem } from './csv-problems';

/*
 * A CSV text as its records, each with the line a spreadsheet shows it on, whatever the file came
 * from: Excel in French (semicolons, a byte order mark), in English (commas), LF or CRLF.
 */

/** One record and the 1-based line it starts on (a quoted cell may run over several lines). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export type CsvTable =
  | { header: CsvRecord | null; records: CsvRecord[]; problem: null }
  | { header: null; records: []; problem: CsvProblem };

const BYTE_ORDER_MARK = '\uFEFF';

/** French Excel separates with semicolons, since its commas are decimal commas. */
export function detectDelimiter(text: string): ';' | ',' {
  const headerLine = /^.*\S.*$/m.exec(text)?.[0] ?? '';
  const count = (character: string) => headerLine.split(character).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

const CR = 0x0d;
const LF = 0x0a;
// What csv-parse trims around cells and so skips as a blank line.
const BLANK_BYTES = new Set([CR, LF, 0x0c, 0x20, 0x09]);

/**
 * Line numbers from byte offsets. csv-parse's own count is off with CRLF (it counts CR and LF
 * apart inside quotes), so lines are counted here in the text itself; records come in order, so
 * one pass does for the whole file.
 */
class LineCounter {
  private offset = 0;
  private line = 1;

  constructor(private readonly bytes: Buffer) {}

  /** The line of the first character at or after `offset` that is not blank. */
  lineOfContentFrom(offset: number): number {
    let start = offset;
    while (start < this.bytes.length && BLANK_BYTES.has(this.bytes[start])) start++;
    return this.lineAt(start);
  }

  private lineAt(target: number): number {
    for (; this.offset < target; this.offset++) {
      const byte = this.bytes[this.offset];
      if (byte === LF || (byte === CR && this.bytes[this.offset + 1] !== LF)) this.line++;
    }
    return this.line;
  }
}

const isBlank = (cells: string[]): boolean => cells.every((cell) => cell.trim() === '');

// With `info`, csv-parse gives each record with the state after it; its typings only know arrays.
interface RecordWithInfo {
  record: string[];
  info: Info;
}

/**
 * The first record that is not blank is the header. A record of empty cells (what Excel writes for
 * an emptied row) is skipped like an empty line. Rows are not checked against the header's width:
 * that is a row's problem, not the file's.
 */
export function readCsvTable(input: string): CsvTable {
  const text = input.startsWith(BYTE_ORDER_MARK) ? input.slice(1) : input;
  const lines = new LineCounter(Buffer.from(text, 'utf8'));
  let parsed: RecordWithInfo[];
  try {
    parsed = parse(text, {
      delimiter: detectDelimiter(text),
      // All three, even mixed in one file, as files pasted together from several systems are.
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      skip_empty_lines: true,
      // Spaces around a quoted cell, as in `a, "b"`, are not worth refusing a file for.
      trim: true,
      info: true,
    }) as unknown as RecordWithInfo[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // The offset csv-parse reached is within the record it gave up on, or at its start.
    const offset = typeof error.bytes === 'number' ? error.bytes : 0;
    return {
      header: null,
      records: [],
      problem: malformedCsv(lines.lineOfContentFrom(offset), error.code),
    };
  }
  let header: CsvRecord | null = null;
  const records: CsvRecord[] = [];
  let previousEnd = 0;
  for (const { record, info } of parsed) {
    const line = lines.lineOfContentFrom(previousEnd);
    previousEnd = info.bytes;
    if (isBlank(record)) continue;
    if (header) records.push({ line, cells: record });
    else header = { line, cells: record };
  }
  return { header, records, problem: null };
}
