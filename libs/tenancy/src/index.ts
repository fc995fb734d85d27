export { Tenant, TenantKind, TenantStatus, type TenantRow } from './tenant.entity';
export { TenantService, type TenantDraft, type TenantSearch } from './tenant.service';
export { TenancyModule } from './tenancy.module';
export { tenantArchived, tenantNotFound, tenantSlugTaken } from './tenancy.errors';
export { TenantType, TenantKindEnum, TenantStatusEnum } from './tenant.types';
export { TenantOwnedEntity } from './tenant-owned.entity';
