import { Module } from '@nestjs/common';
import { MailOutboxModule } from '@inclusion/mail';
import { AccessGuard } from './access/access.guard';
import { AccessTokenService } from './auth/access-token.service';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { PasswordHasher } from './auth/password-hasher';
import { PublicFormThrottle } from './auth/public-form-throttle.service';
import { SignInThrottleService } from './auth/sign-in-throttle.service';
import { IdentityEntitiesModule } from './identity-entities.module';
import { InvitationResolver } from './invitations/invitation.resolver';
import { InvitationService } from './invitations/invitation.service';
import { MembershipResolver } from './memberships/membership.resolver';
import { MembershipService } from './memberships/membership.service';
import { SessionService } from './sessions/session.service';
import { AccountPrivacy } from './users/account-privacy.service';
import { AccountProvisioning } from './users/account-provisioning.service';
import { ViewerResolver } from './users/viewer.resolver';

@Module({
  imports: [IdentityEntitiesModule, MailOutboxModule],
  providers: [
    PasswordHasher,
    AccountProvisioning,
    AccountPrivacy,
    AccessTokenService,
    SessionService,
    SignInThrottleService,
    PublicFormThrottle,
    AuthService,
    InvitationService,
    MembershipService,
    AccessGuard,
    AuthResolver,
    ViewerResolver,
    MembershipResolver,
    InvitationResolver,
  ],
  exports: [
    IdentityEntitiesModule,
    AccessGuard,
    InvitationService,
    AccountProvisioning,
    PublicFormThrottle,
    AccountPrivacy,
    PasswordHasher,
  ],
})
export class IdentityModule {}
