import DataLoader from 'dataloader';
import type { Request } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { OperationUnit } from '@inclusion/database';
import { unauthenticated, type AppError, type OperationContext } from '@inclusion/graphql';
import type { Locale } from '@inclusion/i18n';
import type { TenantRow } from '@inclusion/tenancy';
import type { MembershipRow } from '../memberships/membership.entity';
import type { UserRow } from '../users/user.entity';
import { buildAbility, type AppAbility } from './ability';

export interface Actor {
  /** As a plain row: to change the account, read it as an entity. */
  user: UserRow;
  sessionId: string;
  isNetworkOperator: boolean;
}

/**
 * Built once per GraphQL operation and passed to services explicitly: who asks, in which tenant,
 * with which ability, and the operation's transaction.
 */
export class RequestContext implements OperationContext {
  actor: Actor | null = null;
  /** The X-Tenant city, as a plain row: a record relates to it by its id. */
  tenant: TenantRow | null = null;
  membership: MembershipRow | null = null;
  ability: AppAbility = buildAbility({});
  /** Memoised identification: several root fields share one. */
  identification?: Promise<void>;
  identityError: AppError | null = null;
  /** Set once an operation has moved away from the tenant its X-Tenant membership proved. */
  leftTenant = false;
  tenantError: AppError | null = null;

  /** What the audit log records for this operation; its tenant is the transaction's. */
  readonly audit = {
    actorId: null as string | null,
    affectedIds: new Set<string>(),
  };

  constructor(
    readonly req: Request,
    readonly locale: Locale,
    readonly unit: OperationUnit,
  ) {}

  get em(): EntityManager {
    return this.unit.em;
  }

  get clientAddress(): string | null {
    return this.req.ip ?? null;
  }

  requireActor(): Actor {
    if (!this.actor) throw this.identityError ?? unauthenticated();
    return this.actor;
  }

  requireTenant(): TenantRow {
    if (!this.tenant) throw this.tenantError ?? new Error('Tenant policy without a tenant');
    return this.tenant;
  }

  /**
   * Moves the operation into a tenant it has created or is entitled to act on (an operator's
   * change, the bearer of an invitation). The membership proven for the X-Tenant tenant no longer
   * applies: later fields of the same operation that need it are refused.
   */
  async actInTenant(tenantId: string): Promise<void> {
    await this.unit.enterTenant(tenantId);
    this.leaveTenant();
  }

  /** Widens the transaction to the network operator's cross-tenant reads, and leaves the tenant. */
  async actAsNetworkOperator(): Promise<void> {
    const actor = this.requireActor();
    await this.unit.setScope({ userId: actor.user.id, networkOperator: true });
    this.leaveTenant();
  }

  private leaveTenant(): void {
    this.leftTenant ||= this.tenant !== null;
    this.tenant = null;
    this.membership = null;
    this.ability = buildAbility({ platformRole: this.actor?.user.platformRole });
  }

  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  /** One batching loader per name and operation: field resolvers share it instead of N queries. */
  loader<T>(
    name: string,
    load: (ids: readonly string[]) => Promise<T[]>,
    idOf: (row: T) => string,
  ) {
    let loader = this.loaders.get(name) as DataLoader<string, T | null> | undefined;
    if (!loader) {
      loader = new DataLoader<string, T | null>(async (ids) => {
        const rows = new Map((await load(ids)).map((row) => [idOf(row), row]));
        return ids.map((id) => rows.get(id) ?? null);
      });
      this.loaders.set(name, loader as DataLoader<string, unknown>);
    }
    return loader;
  }

  /** Like `loader`, for one-to-many: every row whose key is among the ids, grouped by it. */
  groupLoader<T>(
    name: string,
    load: (ids: readonly string[]) => Promise<T[]>,
    keyOf: (row: T) => string,
  ) {
    let loader = this.loaders.get(name) as DataLoader<string, T[]> | undefined;
    if (!loader) {
      loader = new DataLoader<string, T[]>(async (ids) => {
        const groups = new Map<string, T[]>();
        for (const row of await load(ids)) {
          const key = keyOf(row);
          groups.set(key, [...(groups.get(key) ?? []), row]);
        }
        return ids.map((id) => groups.get(id) ?? []);
      });
      this.loaders.set(name, loader as DataLoader<string, unknown>);
    }
    return loader;
  }

  affect(...ids: (string | null | undefined)[]): void {
    for (const id of ids) if (id) this.audit.affectedIds.add(id);
  }
}
