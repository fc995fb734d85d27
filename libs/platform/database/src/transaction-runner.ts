import { Injectable } from '@nestjs/common';
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { applyScope, type DbScope } from './db-scope';

/** Runs work outside GraphQL (jobs, CLI, seeds) in one scoped transaction, like an operation. */
@Injectable()
export class TransactionRunner {
  constructor(private readonly orm: MikroORM) {}

  run<T>(scope: DbScope, work: (em: EntityManager) => Promise<T>): Promise<T> {
    const em = this.orm.em.fork({ clear: true, useContext: false });
    return em.transactional(async (tx) => {
      await applyScope(tx, scope);
      return work(tx);
    });
  }
}
