import { Args, Field, ID, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { ConnectionType, IdArgs, toConnection } from '@inclusion/graphql';
import { Access, Ctx, type RequestContext } from '@inclusion/identity';
import { TenantService, TenantType } from '@inclusion/tenancy';
import { OnboardTenantUseCase } from '../onboarding/onboard-tenant.use-case';
import { TenantAdminService } from './tenant-admin.service';
import { OnboardTenantInput, TenantListArgs, UpdateTenantInput } from './tenant-admin.types';

const TenantConnection = ConnectionType(TenantType, 'Tenant');

@ObjectType('OnboardTenantPayload')
class OnboardTenantPayload {
  @Field(() => TenantType) tenant!: TenantType;
  @Field(() => String, { description: 'Where the first coordinator was invited.' })
  invitedEmail!: string;
  @Field(() => ID, { nullable: true, description: 'The first edition, when one was asked for.' })
  editionId!: string | null;
}

@Resolver(() => TenantType)
export class TenantAdminResolver {
  constructor(
    private readonly directory: TenantService,
    private readonly admin: TenantAdminService,
    private readonly onboarding: OnboardTenantUseCase,
  ) {}

  @Access.networkOperator()
  @Query(() => TenantConnection, { description: 'Every tenant, by name; searchable.' })
  async tenants(@Ctx() ctx: RequestContext, @Args() args: TenantListArgs) {
    const page = await this.directory.list(ctx.em, args, args);
    return toConnection(page, (tenant) => tenant);
  }

  @Access.networkOperator()
  @Query(() => TenantType)
  tenant(@Ctx() ctx: RequestContext, @Args() args: IdArgs) {
    return this.admin.get(ctx, args.id);
  }

  @Access.inTenant('read', 'Tenant')
  @Query(() => TenantType, { description: 'The tenant named by the X-Tenant header.' })
  currentTenant(@Ctx() ctx: RequestContext) {
    return ctx.requireTenant();
  }

  @Access.networkOperator()
  @Mutation(() => OnboardTenantPayload, {
    description: 'Creates a tenant and emails its first coordinator an invitation, atomically.',
  })
  async onboardTenant(@Ctx() ctx: RequestContext, @Args('input') input: OnboardTenantInput) {
    const { tenant, invitation, edition } = await this.onboarding.execute(ctx, input);
    return { tenant, invitedEmail: invitation.email, editionId: edition?.id ?? null };
  }

  @Access.networkOperator()
  @Mutation(() => TenantType)
  updateTenant(@Ctx() ctx: RequestContext, @Args('input') input: UpdateTenantInput) {
    return this.admin.update(ctx, input);
  }

  @Access.networkOperator()
  @Mutation(() => TenantType, { description: 'Makes the tenant read-only; nothing is deleted.' })
  archiveTenant(@Ctx() ctx: RequestContext, @Args() args: IdArgs) {
    return this.admin.archive(ctx, args.id);
  }
}
