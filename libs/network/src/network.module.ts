import { Module } from '@nestjs/common';
import { EditionsModule } from '@inclusion/editions';
import { IdentityModule } from '@inclusion/identity';
import { MailOutboxModule } from '@inclusion/mail';
import { OnboardTenantUseCase } from './onboarding/onboard-tenant.use-case';
import { DeliveryResolver } from './deliveries/delivery.resolver';
import { TenantAdminResolver } from './tenants/tenant-admin.resolver';
import { TenantAdminService } from './tenants/tenant-admin.service';

/** The network operator's console: tenants, onboarding, and mail that could not be delivered. */
@Module({
  imports: [IdentityModule, MailOutboxModule, EditionsModule],
  providers: [TenantAdminService, OnboardTenantUseCase, TenantAdminResolver, DeliveryResolver],
})
export class NetworkModule {}
