import { Client } from 'pg';

/** Outbox rows by status. */
export type StatusCounts = Record<string, number>;

const UNSETTLED = ['pending', 'enqueued'];

export const unsettled = (counts: StatusCounts): number =>
  UNSETTLED.reduce((sum, status) => sum + (counts[status] ?? 0), 0);

/**
 * Reads the outbox as a superuser on its own connection (row-level security does not hide rows
 * from it), so that the benchmark's counting takes nothing from the worker's pool.
 */
export class OutboxProbe {
  private constructor(private readonly client: Client) {}

  static async connect(adminUrl: string): Promise<OutboxProbe> {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    return new OutboxProbe(client);
  }

  async counts(): Promise<StatusCounts> {
    const { rows } = await this.client.query<{ status: string; count: number }>(
      'select status, count(*)::int as count from outbox_message group by status',
    );
    return Object.fromEntries(rows.map((row) => [row.status, row.count]));
  }

  /** Ids of the rows in `status`. */
  async idsIn(status: string): Promise<Set<string>> {
    const { rows } = await this.client.query<{ id: string }>(
      'select id from outbox_message where status = $1',
      [status],
    );
    return new Set(rows.map((row) => row.id));
  }

  /** The last error of a few rows that did not end sent, to say why in the report. */
  async sampleErrors(limit = 3): Promise<string[]> {
    const { rows } = await this.client.query<{ line: string }>(
      `select status || ' after ' || attempts || ' attempt(s): ' || coalesce(last_error, '-') as line
         from outbox_message where status <> 'sent' order by id limit $1`,
      [limit],
    );
    return rows.map((row) => row.line);
  }

  /** Empties the outbox between two scenarios. */
  async truncate(): Promise<void> {
    await this.client.query('truncate outbox_message');
  }

  close(): Promise<void> {
    return this.client.end();
  }
}
