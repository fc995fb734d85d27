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
