import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, loadUserName, type RequestContext } from '@inclusion/identity';
import type { CommitmentUpdate } from './commitment-update.entity';
import { CommitmentUpdateType } from './commitment.types';

@Resolver(() => CommitmentUpdateType)
export class CommitmentUpdateResolver {
  @ResolveField(() => String, { nullable: true, description: 'Who recorded it, by name.' })
  async authorName(@Ctx() ctx: RequestContext, @Parent() update: CommitmentUpdate) {
    return update.authorId ? loadUserName(ctx, update.authorId) : null;
  }
}
