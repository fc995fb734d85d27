import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '@inclusion/database';
import type { NotificationKind } from './notification-kind';

export interface DispatchClaim {
  userId: string;
  kind: NotificationKind;
  /** Null for the network's summary, which is about no one city. */
  tenantId: string | null;
  period: string;
}

/**
 * Claims the one mail of a kind a person gets for a city and a period, in the transaction that
 * queues it. A second scan, or a second worker at the same moment, finds the claim taken (the
 * unique key waits for the first to commit) and queues nothing: a job that runs twice sends once.
 */
export async function claimDispatch(em: EntityManager, claim: DispatchClaim): Promise<boolean> {
  const rows = await em.execute<{ id: string }[]>(
    `insert into notification_dispatch (id, created_at, updated_at, user_id, kind, tenant_id, period)
     values (?, now(), now(), ?, ?, ?, ?) on conflict do nothing returning id`,
    [newId(), claim.userId, claim.kind, claim.tenantId, claim.period],
  );
  return rows.length > 0;
}
