import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionType, toConnection } from '@inclusion/graphql';
import { Access, Ctx, MemberType, loadUser, type RequestContext } from '@inclusion/identity';
import { AuditEntry } from './audit-entry.entity';
import { AuditService } from './audit.service';
import { AuditEntryType, AuditListArgs, NetworkAuditListArgs } from './audit.types';

const AuditEntryConnection = ConnectionType(AuditEntryType, 'AuditEntry');

@Resolver(() => AuditEntryType)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Access.inTenant('read', 'AuditEntry')
  @Query(() => AuditEntryConnection, {
    description: 'The audit log of the tenant named by X-Tenant.',
  })
  async auditEntries(@Ctx() ctx: RequestContext, @Args() args: AuditListArgs) {
    const filter = { tenantId: ctx.requireTenant().id, operation: args.operation };
    return toConnection(await this.audit.list(ctx.em, filter, args), (entry) => entry);
  }

  @Access.networkOperator()
  @Query(() => AuditEntryConnection, {
    description: "Every tenant's audit log, and platform events.",
  })
  async networkAuditEntries(@Ctx() ctx: RequestContext, @Args() args: NetworkAuditListArgs) {
    return toConnection(await this.audit.list(ctx.em, args, args), (entry) => entry);
  }

  @ResolveField(() => MemberType, { nullable: true })
  actor(@Ctx() ctx: RequestContext, @Parent() entry: AuditEntry) {
    if (!entry.actorId) return null;
    return loadUser(ctx, entry.actorId);
  }
}
