import type { FieldMiddleware } from '@nestjs/graphql';
import { readRows } from '@inclusion/database';
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

/**
 * A person's name, batched like `loadUser`: the lists that name owners, authors and reviewers
 * read that column only, as plain rows, not the whole account.
 */
export async function loadUserName(ctx: RequestContext, id: string): Promise<string | null> {
  const user = await ctx
    .loader(
      'user-name',
      (ids) => readRows(ctx.em, User, { id: { $in: [...ids] } }, { fields: ['id', 'displayName'] }),
      (row) => row.id,
    )
    .load(id);
  return user?.displayName ?? null;
}

/**
 * A field naming the person whose id the row holds in `idProperty` (an owner, an author): field
 * middleware rather than a Nest field resolver, since lists show such names by the dozen and
 * each resolver call went through Nest's parameter pipeline.
 */
export const userNameField =
  (idProperty: string): FieldMiddleware =>
  ({ source, context }) => {
    const id = (source as Record<string, unknown>)[idProperty];
    return typeof id === 'string' ? loadUserName(context as RequestContext, id) : null;
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
