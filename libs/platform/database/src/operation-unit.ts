import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { applyScope, enterTenant, type DbScope } from './db-scope';

/**
 * One GraphQL operation = one database transaction. It begins once the guard knows who is asking
 * (so the scope is set before any read) and ends when the response is ready: committed when the
 * operation succeeded, rolled back otherwise, so a failed mutation leaves nothing half-written.
 */
export class OperationUnit {
  private started?: Promise<EntityManager>;
  private manager?: EntityManager;
  private finished = false;

  constructor(private readonly orm: MikroORM) {}

  begin(scope: DbScope): Promise<EntityManager> {
    this.started ??= (async () => {
      const em = this.orm.em.fork({ clear: true, useContext: false });
      await em.begin();
      this.manager = em;
      await applyScope(em, scope);
      return em;
    })();
    return this.started;
  }

  get em(): EntityManager {
    if (!this.manager) throw new Error('No transaction: the operation was not authorised first');
    return this.manager;
  }

  get isOpen(): boolean {
    return this.manager !== undefined && !this.finished;
  }

  /** Narrows or widens the scope once the caller is known (the session read tells who it is). */
  async setScope(scope: DbScope): Promise<void> {
    await applyScope(this.em, scope);
  }

  /** Moves the transaction into a tenant it has just created or proven access to. */
  async enterTenant(tenantId: string): Promise<void> {
    await enterTenant(this.em, tenantId);
  }

  async commit(): Promise<void> {
    if (!this.isOpen) return;
    this.finished = true;
    await this.em.commit();
  }

  async rollback(): Promise<void> {
    if (!this.isOpen) return;
    this.finished = true;
    await this.em.rollback();
  }
}
