import { knexRows } from '@inclusion/database';
import type { Knex } from '@mikro-orm/postgresql';
import type { ComputedResolver } from '@inclusion/graphql';
import type { RequestContext } from '../access/request-context';
import { Membership } from '../memberships/membership.entity';
import { User } from './user.entity';

/** A person by id, batched with every other lookup of the same operation. */
export const loadUser = (ctx: RequestContext, id: string): Promise<User | null> =>
  ctx
    .loader(
      'user',
      (ids) => ctx.em.find(User, { id: { $in: [...ids] } }),
      (user) => user.id,
    )
    .load(id);

/** The names an operation has read, so that a field naming someone answers without a promise. */
const namesRead = new WeakMap<RequestContext, Map<string, string | null>>();

function namesOf(ctx: RequestContext): Map<string, string | null> {
  let known = namesRead.get(ctx);
  if (!known) namesRead.set(ctx, (known = new Map()));
  return known;
}

const nameLoader = (ctx: RequestContext) =>
  ctx.loader(
    'user-name',
    async (ids) => {
      const rows = await knexRows(ctx.em, User, (query) => query.whereIn('id', [...ids]), {
        fields: ['id', 'displayName'],
      });
      const known = namesOf(ctx);
      for (const id of ids) known.set(id, null);
      for (const row of rows) known.set(row.id, row.displayName);
      return rows;
    },
    (row) => row.id,
  );

/**
 * A person's name, batched like `loadUser`: the lists that name owners, authors and reviewers
 * read that column only, as plain rows (see knexRows), not the whole account.
 */
export async function loadUserName(ctx: RequestContext, id: string): Promise<string | null> {
  return (await nameLoader(ctx).load(id))?.displayName ?? null;
}

/** The column `joinUserName` adds to each row: the display name of the person it names. */
const JOINED_NAME = 'joined_user_name';

/**
 * Joins to a list's knex query the display name of the person whose id `idColumn` holds, so that
 * the list names them in its own statement (the table of people is this library's to read).
 */
export function joinUserName(query: Knex.QueryBuilder, idColumn: string): Knex.QueryBuilder {
  return query
    .leftJoin('app_user as named_user', 'named_user.id', idColumn)
    .select(`named_user.display_name as ${JOINED_NAME}`);
}

/** Keeps the names a list read with `joinUserName`, for the fields that show them. */
export function keepJoinedUserNames(
  ctx: RequestContext,
  rows: readonly object[],
  idProperty: string,
): void {
  const known = namesOf(ctx);
  for (const row of rows as readonly Record<string, unknown>[]) {
    const id = row[idProperty];
    if (typeof id === 'string') known.set(id, (row[JOINED_NAME] as string | null) ?? null);
  }
}

/**
 * A field naming the person whose id the row holds in `idProperty` (an owner, an author),
 * computed rather than resolved through Nest (see `ComputedBy`): synchronous once the names of
 * the list were read.
 */
export const userNameField =
  (idProperty: string): ComputedResolver<Record<string, unknown>, RequestContext> =>
  (source, ctx) => {
    const id = source[idProperty];
    if (typeof id !== 'string') return null;
    const known = namesRead.get(ctx)?.get(id);
    return known !== undefined ? known : loadUserName(ctx, id);
  };

/** The person behind a membership, batched like `loadUser`. */
export async function loadMember(ctx: RequestContext, membershipId: string): Promise<User | null> {
  const membership = await ctx
    .loader(
      'membership',
      (ids) => ctx.em.find(Membership, { id: { $in: [...ids] } }),
      (row) => row.id,
    )
    .load(membershipId);
  return membership && loadUser(ctx, membership.user.id);
}
