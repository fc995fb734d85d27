import { Filter } from '@mikro-orm/core';

export const TENANT_FILTER = 'tenant';

/**
 * The application-level half of tenant isolation (row-level security is the other): every query on
 * the entity gets `tenant_id = :tenantId`. With no tenant bound the query throws instead of
 * returning every tenant's rows; a cross-tenant read must disable the filter by name, visibly.
 */
export const TenantScoped = (): ClassDecorator =>
  Filter({
    name: TENANT_FILTER,
    default: true,
    cond: (args: { tenantId: string }) => ({ tenantId: args.tenantId }),
  });
