import type { EntityManager } from '@mikro-orm/postgresql';
import { TENANT_FILTER } from './tenant-filter';

/**
 * What the current transaction may see. Each field is mirrored in a transaction-local PostgreSQL
 * setting that the row-level security policies read (see the migrations).
 */
export interface DbScope {
  tenantId?: string | null;
  userId?: string | null;
  /** Network operators read cross-tenant aggregates and platform records the policies name. */
  networkOperator?: boolean;
  /** The worker's relay, which claims outbox rows of every tenant. */
  system?: boolean;
}

export async function applyScope(em: EntityManager, scope: DbScope): Promise<void> {
  await em.execute(
    `select set_config('app.tenant_id', ?, true), set_config('app.user_id', ?, true),
            set_config('app.network_operator', ?, true), set_config('app.system', ?, true)`,
    [
      scope.tenantId ?? '',
      scope.userId ?? '',
      scope.networkOperator ? 'on' : '',
      scope.system ? 'on' : '',
    ],
  );
  adoptScope(em, scope);
}

/** The ORM's side of a scope, for one the database already has. */
export function adoptScope(em: EntityManager, scope: DbScope): void {
  // Without a tenant the filter has no parameter, so a tenant-owned query throws (fails closed).
  em.setFilterParams(TENANT_FILTER, scope.tenantId ? { tenantId: scope.tenantId } : undefined!);
}

export async function enterTenant(em: EntityManager, tenantId: string): Promise<void> {
  await em.execute(`select set_config('app.tenant_id', ?, true)`, [tenantId]);
  em.setFilterParams(TENANT_FILTER, { tenantId });
}

/** Lets the bearer of a one-time token read the single row whose hash it matches. */
export async function bindTokenHash(em: EntityManager, tokenHash: string): Promise<void> {
  await em.execute(`select set_config('app.token_hash', ?, true)`, [tokenHash]);
}
