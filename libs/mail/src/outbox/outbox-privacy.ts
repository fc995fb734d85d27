import type { EntityManager } from '@mikro-orm/postgresql';
import { OutboxStatus } from './outbox-message.entity';

export interface MailRecord {
  template: string;
  status: string;
  createdAt: string;
}

/** The mails queued for an address, as a person's data export lists them (not their content). */
export async function exportMailTo(em: EntityManager, email: string): Promise<MailRecord[]> {
  const rows = await em.execute<{ template: string; status: string; created_at: Date }[]>(
    `select payload ->> 'template' as template, status, created_at from outbox_message
      where payload ->> 'to' = ? order by created_at`,
    [email],
  );
  return rows.map((row) => ({
    template: row.template,
    status: row.status,
    createdAt: new Date(row.created_at).toISOString(),
  }));
}

/**
 * Erasure (in one tenant when `tenantId` is given): mail to the address keeps its template and status (delivery statistics stay right) but
 * loses the address, the names and links in its params, its sealed secret and its error text. Mail
 * not yet sent will not be.
 */
export async function scrubMailTo(
  em: EntityManager,
  email: string,
  tenantId?: string,
): Promise<number> {
  const result = await em.execute<{ affectedRows: number }>(
    `update outbox_message
        set payload = jsonb_build_object('template', payload -> 'template', 'to', 'erased',
                                         'locale', payload -> 'locale', 'params', '{}'::jsonb),
            sealed_secret = null, last_error = null, updated_at = now(),
            status = case when status in (?, ?, ?) then ? else status end
      where payload ->> 'to' = ? and (?::uuid is null or tenant_id = ?::uuid)`,
    [
      OutboxStatus.Pending,
      OutboxStatus.Enqueued,
      OutboxStatus.Failed,
      OutboxStatus.Skipped,
      email,
      tenantId ?? null,
      tenantId ?? null,
    ],
    'run',
  );
  return result.affectedRows;
}
