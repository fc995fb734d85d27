import { Index, ManyToOne } from '@mikro-orm/core';
import { BaseEntity, TenantScoped } from '@inclusion/database';
import { Tenant } from './tenant.entity';

/**
 * Every tenant-owned record: its `tenant_id` (indexed, a foreign key to the tenant) and the
 * application-level tenant filter, in one place. Row-level security on the table, written in its
 * migration, is the other half.
 */
@TenantScoped()
export abstract class TenantOwnedEntity extends BaseEntity {
  @Index()
  @ManyToOne(() => Tenant, { mapToPk: true, fieldName: 'tenant_id' })
  tenantId!: string;
}
