import type { EntityManager } from '@mikro-orm/postgresql';
import type { TransactionRunner } from '@inclusion/database';
import { Tenant, TenantStatus } from '@inclusion/tenancy';

/**
 * Runs `queue` for every city still on the platform, each in its own transaction under its scope
 * (and the worker's), and adds up what it queued. An archived city follows nothing up any more.
 */
export async function queueInEachCity(
  runner: TransactionRunner,
  queue: (em: EntityManager, tenant: Tenant) => Promise<number>,
): Promise<number> {
  const tenants = await runner.run({}, (em) =>
    em.find(Tenant, { status: { $ne: TenantStatus.Archived } }),
  );
  let queued = 0;
  for (const tenant of tenants) {
    queued += await runner.run({ tenantId: tenant.id, system: true }, (em) => queue(em, tenant));
  }
  return queued;
}
