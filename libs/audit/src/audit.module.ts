import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { IdentityEntitiesModule } from '@inclusion/identity';
import { AuditEntry } from './audit-entry.entity';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

@Module({
  imports: [IdentityEntitiesModule, MikroOrmModule.forFeature([AuditEntry])],
  providers: [AuditService, AuditResolver],
  exports: [AuditService],
})
export class AuditModule {}
