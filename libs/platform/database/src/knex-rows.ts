import type { EntityName } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { ReadOnlyRow } from './read-rows';
import { countStatements } from './statement-count';
import { TENANT_FILTER } from './tenant-filter';

export interface KnexRowsOptions {
  /** Turns the tenant filter off, as with `readRows`: a read across a pair's two cities. */
  filters?: false;
}

/** A knex read not sent yet, and what its rows become: `knexRows` sends one, `readTogether` several. */
export interface KnexRead<R> {
  readonly query: Knex.QueryBuilder | Knex.Raw;
  readonly result: (rows: Record<string, unknown>[]) => R;
}

/** A statement written in SQL (`?` for each value), as a read to send with others. */
export function rawRead<T extends object>(
  em: EntityManager,
  sql: string,
  bindings: readonly Knex.Value[],
): KnexRead<T[]> {
  return { query: em.getKnex().raw(sql, [...bindings]), result: (rows) => rows as T[] };
}

export function knexRead<T extends object, F extends keyof T & string>(
  em: EntityManager,
  entity: EntityName<T>,
  build: (query: Knex.QueryBuilder) => Knex.QueryBuilder,
  options: KnexRowsOptions & { fields: readonly F[] },
): KnexRead<ReadOnlyRow<Pick<T, F>>[]>;
export function knexRead<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  build: (query: Knex.QueryBuilder) => Knex.QueryBuilder,
  options?: KnexRowsOptions,
): KnexRead<ReadOnlyRow<T>[]>;
export function knexRead<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  build: (query: Knex.QueryBuilder) => Knex.QueryBuilder,
  options: KnexRowsOptions & { fields?: readonly (keyof T & string)[] } = {},
): KnexRead<ReadOnlyRow<T>[]> {
  const meta = em.getMetadata(entity);
  const table = meta.tableName;
  const properties = meta.properties as Record<string, { fieldNames: string[] }>;
  const columns = options.fields?.map((field) => `${table}.${properties[field].fieldNames[0]}`);
  const query = em
    .getKnex()(table)
    .select(columns ?? `${table}.*`);
  if (meta.filters[TENANT_FILTER] && options.filters !== false) {
    const tenantId = em.getFilterParams<{ tenantId?: string }>(TENANT_FILTER)?.tenantId;
    if (!tenantId) throw new Error(`No arguments provided for filter '${TENANT_FILTER}'`);
    query.where(`${table}.tenant_id`, tenantId);
  }
  const driver = em.getDriver();
  return {
    query: build(query),
    result: (rows) =>
      rows.map((row) => driver.mapResult(row as never, meta) as unknown as ReadOnlyRow<T>),
  };
}

/**
 * Plain rows as `readRows` gives them, from a query written with knex on the entity's table: for
 * the hottest reads, where building a query through the ORM's query builder cost more CPU than
 * running it (what's next went from 3.1 to 2.2 ms a request). The query names columns as the
 * database does; with `fields` (properties), only those columns are read. The tenant filter still
 * applies: a tenant-scoped entity's query keeps to the bound tenant, and throws without one, as
 * the ORM does; row-level security applies as always.
 */
export function knexRows<T extends object, F extends keyof T & string>(
  em: EntityManager,
  entity: EntityName<T>,
  build: (query: Knex.QueryBuilder) => Knex.QueryBuilder,
  options: KnexRowsOptions & { fields: readonly F[] },
): Promise<ReadOnlyRow<Pick<T, F>>[]>;
export function knexRows<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  build: (query: Knex.QueryBuilder) => Knex.QueryBuilder,
  options?: KnexRowsOptions,
): Promise<ReadOnlyRow<T>[]>;
export async function knexRows<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  build: (query: Knex.QueryBuilder) => Knex.QueryBuilder,
  options: KnexRowsOptions & { fields?: readonly (keyof T & string)[] } = {},
): Promise<ReadOnlyRow<T>[]> {
  const [rows] = await readTogether(em, [knexRead<T>(em, entity, build, options)]);
  return rows;
}

type Results<R extends readonly KnexRead<unknown>[]> = {
  -readonly [K in keyof R]: R[K] extends KnexRead<infer X> ? X : never;
};

/**
 * Reads that do not depend on one another, in one round trip: their statements travel as one
 * simple query and run one after the other in the operation's transaction. One at a time, a
 * statement sent after a stretch of JavaScript waited for PostgreSQL's idle core to wake (see
 * docs/operations.md), so fewer round trips shorten an operation more than faster code. They
 * count as the statements they are.
 */
export async function readTogether<const R extends readonly KnexRead<unknown>[]>(
  em: EntityManager,
  reads: R,
): Promise<Results<R>> {
  const statements = reads.map((read) => read.query.toSQL());
  const results = await em
    .getConnection()
    .execute<Record<string, unknown>[] | Record<string, unknown>[][]>(
      statements.map((statement) => statement.sql).join(';\n'),
      statements.flatMap((statement) => statement.bindings),
      'all',
      em.getTransactionContext(),
    );
  // The ORM counted one statement.
  countStatements(reads.length - 1);
  const each = (reads.length === 1 ? [results] : results) as Record<string, unknown>[][];
  return reads.map((read, i) => read.result(each[i])) as Results<R>;
}
