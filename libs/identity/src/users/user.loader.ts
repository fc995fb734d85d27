import type { RequestContext } from '../access/request-context';
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
