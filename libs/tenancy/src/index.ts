export { Tenant, TenantKind, TenantStatus } from './tenant.entity';
