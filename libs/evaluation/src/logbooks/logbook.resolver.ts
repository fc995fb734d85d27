import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionType, toConnection } from '@inclusion/graphql';
import { Access, Ctx, loadUserName, type RequestContext } from '@inclusion/identity';
import type { LogbookEntry } from './logbook-entry.entity';
import { LogbookService } from './logbook.service';
import {
  LogbookEntriesArgs,
  LogbookEntryType,
  UpdateLogbookEntryInput,
  WriteLogbookEntryInput,
} from './logbook.types';

const LogbookEntryConnection = ConnectionType(LogbookEntryType, 'LogbookEntry');

@Resolver(() => LogbookEntryType)
export class LogbookResolver {
  constructor(private readonly logbooks: LogbookService) {}

  @Access.inTenant('read', 'Logbook')
  @Query(() => LogbookEntryConnection, {
    description:
      "An edition's logbook entries you may read, newest first: yours, the shared ones, and " +
      'all of them for the team running the edition.',
  })
  async logbookEntries(@Ctx() ctx: RequestContext, @Args() args: LogbookEntriesArgs) {
    return toConnection(await this.logbooks.list(ctx, args.filter, args), (entry) => entry);
  }

  @Access.inTenant('write', 'Logbook')
  @Mutation(() => LogbookEntryType, {
    description: 'Notes a step of an edition you take part in; private unless shared.',
  })
  writeLogbookEntry(@Ctx() ctx: RequestContext, @Args('input') input: WriteLogbookEntryInput) {
    const { editionId, ...draft } = input;
    return this.logbooks.write(ctx, editionId, draft);
  }

  @Access.inTenant('write', 'Logbook')
  @Mutation(() => LogbookEntryType, {
    description: 'Edits your own entry; `shared: false` makes it private again.',
  })
  updateLogbookEntry(@Ctx() ctx: RequestContext, @Args('input') input: UpdateLogbookEntryInput) {
    const { id, ...draft } = input;
    return this.logbooks.update(ctx, id, draft);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Who wrote it, by name only: a shared entry is read by the whole city.',
  })
  async authorName(@Ctx() ctx: RequestContext, @Parent() entry: LogbookEntry) {
    return loadUserName(ctx, entry.authorId);
  }

  @ResolveField(() => Boolean, { description: 'You wrote it.' })
  mine(@Ctx() ctx: RequestContext, @Parent() entry: LogbookEntry) {
    return entry.authorId === ctx.actor?.user.id;
  }
}
