import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { TenancyModule } from '@inclusion/tenancy';
import { OneTimeToken } from './auth/one-time-token.entity';
import { SignInThrottle } from './auth/sign-in-throttle.entity';
import { Invitation } from './invitations/invitation.entity';
import { Membership } from './memberships/membership.entity';
import { RefreshToken } from './sessions/refresh-token.entity';
import { Session } from './sessions/session.entity';
import { User } from './users/user.entity';

/** The identity tables alone, for processes (the worker) that read them without serving GraphQL. */
@Module({
  imports: [
    TenancyModule,
    MikroOrmModule.forFeature([
      User,
      Membership,
      Invitation,
      Session,
      RefreshToken,
      OneTimeToken,
      SignInThrottle,
    ]),
  ],
  exports: [TenancyModule, MikroOrmModule],
})
export class IdentityEntitiesModule {}
