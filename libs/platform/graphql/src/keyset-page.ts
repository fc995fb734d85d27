import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { knexRead, readTogether, type KnexRead, type ReadOnlyRow } from '@inclusion/database';
import { decodeCursor, encodeCursor, pageSize, type Page, type PageArgs } from './pagination';

export interface KeysetOrder<T> {
  /** A string-valued (or ISO-date-valued) column the list is sorted by; ties break on id. */
  field: keyof T & string;
  direction: 'asc' | 'desc';
  /** How a row's sort value reads in a cursor. */
  keyOf: (row: T) => string;
}

/**
 * Keyset pagination: `(field, id)` past the cursor, one row more than asked to learn whether a next
 * page exists. Stable under concurrent inserts and O(page) whatever the offset.
 */
export async function keysetPage<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  args: PageArgs,
  order: KeysetOrder<T>,
  options: { populate?: readonly string[]; filters?: Record<string, boolean> } = {},
): Promise<Page<T>> {
  const limit = pageSize(args);
  const rows = await em.find(entity, pastCursor(where, args, order), {
    orderBy: { [order.field]: order.direction, id: order.direction } as never,
    limit: limit + 1,
    populate: options.populate as never,
    filters: options.filters,
  });
  return pageOf(rows as T[], limit, order.keyOf);
}

/** A plain row, with the id every paged entity has. */
type Row<T> = ReadOnlyRow<T> & { readonly id: string };

/** A keyset order on a column, for a page queried with knex. */
export interface KeysetColumnOrder<T> {
  /** The column (as the database names it) the list is sorted by; ties break on id. */
  column: string;
  direction: 'asc' | 'desc';
  keyOf: (row: T) => string;
}

/**
 * The same paging as plain rows queried with knex (see `knexRows`), for the hottest list (a city's
 * commitments); `where` narrows the entity's table.
 */
export async function keysetRows<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: (query: Knex.QueryBuilder) => Knex.QueryBuilder,
  args: PageArgs,
  order: KeysetColumnOrder<Row<T>>,
): Promise<Page<Row<T>>> {
  const [page] = await readTogether(em, [keysetRead(em, entity, where, args, order)]);
  return page;
}

/** The page `keysetRows` reads, not sent yet: to send with other reads (`readTogether`). */
export function keysetRead<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: (query: Knex.QueryBuilder) => Knex.QueryBuilder,
  args: PageArgs,
  order: KeysetColumnOrder<Row<T>>,
): KnexRead<Page<Row<T>>> {
  const limit = pageSize(args);
  // Qualified, for a query that joins another table.
  const table = em.getMetadata(entity).tableName;
  const [column, id] = [`${table}.${order.column}`, `${table}.id`];
  const rows = knexRead(em, entity, (query) => {
    where(query);
    if (args.after) {
      const cursor = decodeCursor(args.after);
      const op = order.direction === 'asc' ? '>' : '<';
      query.whereRaw(`(??, ??) ${op} (?, ?)`, [column, id, cursor.key, cursor.id]);
    }
    return query
      .orderBy([
        { column, order: order.direction },
        { column: id, order: order.direction },
      ])
      .limit(limit + 1);
  });
  return {
    query: rows.query,
    result: (raw) => pageOf(rows.result(raw) as Row<T>[], limit, order.keyOf),
  };
}

function pastCursor<T>(
  where: FilterQuery<T>,
  args: PageArgs,
  order: Pick<KeysetOrder<unknown>, 'direction'> & { field: string },
) {
  const conditions: FilterQuery<T>[] = [where];
  if (args.after) {
    const op = order.direction === 'asc' ? '$gt' : '$lt';
    const { key, id } = decodeCursor(args.after);
    conditions.push({
      $or: [{ [order.field]: { [op]: key } }, { [order.field]: key, id: { [op]: id } }],
    } as FilterQuery<T>);
  }
  return { $and: conditions } as FilterQuery<T>;
}

function pageOf<T extends { readonly id: string }>(
  rows: readonly T[],
  limit: number,
  keyOf: (row: T) => string,
): Page<T> {
  return {
    nodes: rows.slice(0, limit),
    hasNextPage: rows.length > limit,
    cursorOf: (row) => encodeCursor({ key: keyOf(row), id: row.id }),
  };
}
