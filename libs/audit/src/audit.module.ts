import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { IdentityEntitiesModule } from '@inclusion/identity';
import { AuditEntry } from './audit-entry.entity';
import { AuditInterceptor } from './audit.interceptor';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

@Module({
  imports: [IdentityEntitiesModule, MikroOrmModule.forFeature([AuditEntry])],
  providers: [AuditService, AuditInterceptor, AuditResolver],
  exports: [AuditInterceptor],
})
export class AuditModule {}
