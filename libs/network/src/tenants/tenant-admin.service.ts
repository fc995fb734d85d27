import { Injectable } from '@nestjs/common';
import { notFound } from '@inclusion/graphql';
import type { RequestContext } from '@inclusion/identity';
import { TenantService, TenantStatus, tenantArchived, type Tenant } from '@inclusion/tenancy';
import type { UpdateTenantInput } from './tenant-admin.types';

/** The network operator's changes to a tenant; each enters that tenant so its log shows them. */
@Injectable()
export class TenantAdminService {
  constructor(private readonly tenants: TenantService) {}

  async get(ctx: RequestContext, id: string): Promise<Tenant> {
    const tenant = await this.tenants.findById(ctx.em, id);
    if (!tenant) throw notFound('TENANT_NOT_FOUND');
    return tenant;
  }

  async update(ctx: RequestContext, input: UpdateTenantInput): Promise<Tenant> {
    const { id, ...changes } = input;
    const tenant = await this.get(ctx, id);
    if (tenant.status === TenantStatus.Archived) throw tenantArchived();
    await ctx.actInTenant(tenant.id);
    for (const [key, value] of Object.entries(changes)) {
      if (value !== undefined && value !== null) Object.assign(tenant, { [key]: value });
    }
    tenant.country = tenant.country.toUpperCase();
    await ctx.em.flush();
    return tenant;
  }

  /** Archived tenants stay readable and are never deleted; every change to them is refused. */
  async archive(ctx: RequestContext, id: string): Promise<Tenant> {
    const tenant = await this.get(ctx, id);
    await ctx.actInTenant(tenant.id);
    if (tenant.status !== TenantStatus.Archived) {
      tenant.status = TenantStatus.Archived;
      tenant.archivedAt = new Date();
      await ctx.em.flush();
    }
    return tenant;
  }
}
