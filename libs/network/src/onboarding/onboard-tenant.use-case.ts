import { Injectable } from '@nestjs/common';
import {
  InvitationService,
  MembershipRole,
  type Invitation,
  type RequestContext,
} from '@inclusion/identity';
import { EditionService, type Edition } from '@inclusion/editions';
import { TenantService, type Tenant } from '@inclusion/tenancy';
import type { OnboardTenantInput } from '../tenants/tenant-admin.types';

export interface Onboarding {
  tenant: Tenant;
  invitation: Invitation;
  edition: Edition | null;
}

/**
 * A new city in one transaction: the tenant, its first coordinator's invitation, the mail in the
 * outbox and, if asked, its first edition. If any part fails, none of it exists.
 */
@Injectable()
export class OnboardTenantUseCase {
  constructor(
    private readonly tenants: TenantService,
    private readonly invitations: InvitationService,
    private readonly editions: EditionService,
  ) {}

  async execute(ctx: RequestContext, input: OnboardTenantInput): Promise<Onboarding> {
    const tenant = await this.tenants.create(ctx.em, input.tenant);
    await ctx.actInTenant(tenant.id);
    const invitation = await this.invitations.invite(ctx, tenant, {
      email: input.coordinator.email,
      displayName: input.coordinator.displayName,
      roles: [MembershipRole.Coordinator],
      locale: input.coordinator.locale ?? tenant.defaultLocale,
    });
    const edition = input.firstEdition
      ? await this.editions.create(ctx.em, tenant, input.firstEdition)
      : null;
    ctx.affect(tenant.id, edition?.id);
    return { tenant, invitation, edition };
  }
}
