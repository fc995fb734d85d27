export { AuditEntry } from './audit-entry.entity';
export { AuditModule } from './audit.module';
export { auditedMutations } from './audited-mutations';
export { AuditService } from './audit.service';
