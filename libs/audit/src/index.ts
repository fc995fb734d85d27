export { AuditEntry } from './audit-entry.entity';
export { AuditModule } from './audit.module';
export { AuditInterceptor } from './audit.interceptor';
