import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Client } from 'pg';
import { adoptScope, applyScope, enterTenant, type DbScope } from './db-scope';
import { holdBegin } from './held-begin';

/**
 * One GraphQL operation = one database transaction. It begins once the guard knows who is asking
 * (so the scope is set before any read) and ends when the response is ready: committed when the
 * operation succeeded, rolled back otherwise, so a failed mutation leaves nothing half-written.
 */
export class OperationUnit {
  private started?: Promise<EntityManager>;
  private manager?: EntityManager;
  private finished = false;
  private scopedTenant: string | null = null;
  private readOnly = false;
  private releaseConnection?: () => void;

  constructor(private readonly orm: MikroORM) {}

  /**
   * A read-only transaction (a GraphQL query) cannot write: PostgreSQL refuses any change in it,
   * so its commit has nothing to lose and the answer need not wait for it.
   *
   * Its BEGIN travels with its first statement (see `holdBegin`), so the transaction holds its own
   * connection from the pool, given back when it ends.
   */
  begin(scope: DbScope, { readOnly = false }: { readOnly?: boolean } = {}): Promise<EntityManager> {
    this.started ??= (async () => {
      const em = this.orm.em.fork({ clear: true, useContext: false });
      const knex = em.getKnex();
      const connection = (await knex.client.acquireConnection()) as Client;
      const held = holdBegin(connection);
      this.releaseConnection = () => {
        held.release();
        knex.client.releaseConnection(connection);
      };
      try {
        // One statement either way: BEGIN, or BEGIN TRANSACTION READ ONLY.
        em.setTransactionContext(await knex.transaction({ connection, readOnly }));
      } catch (error) {
        this.release();
        throw error;
      }
      this.orm.config.getLogger().logQuery({
        query: readOnly ? 'begin transaction read only' : 'begin',
        level: 'info',
      });
      this.readOnly = readOnly;
      this.manager = em;
      // A transaction starts with every scope setting empty: an empty scope costs no statement.
      if (Object.values(scope).some(Boolean)) await applyScope(em, scope);
      else adoptScope(em, scope);
      this.scopedTenant = scope.tenantId ?? null;
      return em;
    })();
    return this.started;
  }

  get em(): EntityManager {
    if (!this.manager) throw new Error('No transaction: the operation was not authorised first');
    // Past the end, a query would run outside any transaction and outside the tenant's scope.
    if (this.finished) throw new Error('The operation is over: its transaction has ended');
    return this.manager;
  }

  /** The tenant the transaction is scoped to now. */
  get tenantId(): string | null {
    return this.scopedTenant;
  }

  get isReadOnly(): boolean {
    return this.readOnly;
  }

  get isOpen(): boolean {
    return this.manager !== undefined && !this.finished;
  }

  /** Narrows or widens the scope once the caller is known (the session read tells who it is). */
  async setScope(scope: DbScope): Promise<void> {
    await applyScope(this.em, scope);
    this.scopedTenant = scope.tenantId ?? null;
  }

  /** Records a scope a statement of the caller's has just set in the database. */
  adoptScope(scope: DbScope): void {
    adoptScope(this.em, scope);
    this.scopedTenant = scope.tenantId ?? null;
  }

  /** Moves the transaction into a tenant it has just created or proven access to. */
  async enterTenant(tenantId: string): Promise<void> {
    await enterTenant(this.em, tenantId);
    this.scopedTenant = tenantId;
  }

  /**
   * A mutation's changes to loaded entities are flushed first. A query's are not: it writes only
   * what it flushes itself (an audit entry), and comparing every entity it read with its
   * snapshot (50 commitments in a list) is work for nothing.
   */
  async commit({ flush }: { flush: boolean }): Promise<void> {
    if (!this.isOpen || !this.manager) return;
    const em = this.manager;
    // A failed flush leaves the unit open, for the caller to roll back.
    if (flush) await em.flush();
    this.finished = true;
    try {
      const transaction = em.getTransactionContext();
      if (!transaction) throw new Error('No transaction to commit');
      await em.getConnection('write').commit(transaction);
      em.resetTransactionContext();
    } finally {
      this.release();
    }
  }

  async rollback(): Promise<void> {
    if (!this.isOpen || !this.manager) return;
    this.finished = true;
    try {
      await this.manager.rollback();
    } finally {
      this.release();
    }
  }

  private release(): void {
    this.releaseConnection?.();
    this.releaseConnection = undefined;
  }
}
