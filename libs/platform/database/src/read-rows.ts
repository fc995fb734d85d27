import type { Collection, EntityName, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * A row read to show, not to change, as `readRows` returns it: the entity's properties, a
 * relation as the id it points to, no collections.
 */
export type ReadOnlyRow<T> = {
  readonly [K in keyof T as T[K] extends Collection<object> ? never : K]: T[K] extends {
    id: infer Id;
  }
    ? Id
    : T[K];
};

export interface ReadRowsOptions<T> {
  orderBy?: QueryOrderMap<T>;
  limit?: number;
  /** Turns the entity's filters off, the tenant's included, as with `em.find`. */
  filters?: false;
}

/**
 * Rows as plain objects with the entity's properties, for reads that only show them: hydrating
 * managed entities (identity map, change-tracking snapshots, accessors defined on each instance)
 * costs a list of fifty commitments more than its query. The entity's filters apply, the
 * tenant's included, unless `filters: false`. With `fields`, only those columns are read.
 */
export function readRows<T extends object, F extends keyof T & string>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  options: ReadRowsOptions<T> & { fields: readonly F[] },
): Promise<ReadOnlyRow<Pick<T, F>>[]>;
export function readRows<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  options?: ReadRowsOptions<T>,
): Promise<ReadOnlyRow<T>[]>;
export async function readRows<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  options: ReadRowsOptions<T> & { fields?: readonly (keyof T & string)[] } = {},
): Promise<ReadOnlyRow<T>[]> {
  const qb = em.createQueryBuilder(entity).where(where);
  if (options.fields) qb.select([...options.fields] as never);
  if (options.orderBy) qb.orderBy(options.orderBy);
  if (options.limit !== undefined) qb.limit(options.limit);
  if (options.filters !== false) await qb.applyFilters();
  return qb.execute<ReadOnlyRow<T>[]>('all');
}
