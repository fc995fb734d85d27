import type { QueryResult } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { OutboxStatus } from '../outbox/outbox-message.entity';
import { MAIL_TOPIC } from '../outbox/queued-mail';

/**
 * A failed mail keeps its sealed secret only so that an operator's retry can still send a
 * working link; once the link has expired the secret is worth nothing and is wiped. The writer
 * only accepts ISO 8601 instants for `params.expiresAt`, so the cast holds.
 */
export async function wipeExpiredSecrets(em: EntityManager): Promise<number> {
  const result = await em.execute<QueryResult>(
    `update outbox_message set sealed_secret = null, updated_at = now()
      where topic = ? and status = ? and sealed_secret is not null
        and (payload #>> '{params,expiresAt}')::timestamptz <= now()`,
    [MAIL_TOPIC, OutboxStatus.Failed],
    'run',
  );
  return result.affectedRows;
}
