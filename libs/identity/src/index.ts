export { User, PlatformRole, UserStatus, normalizeEmail } from './users/user.entity';
export { Membership, MembershipStatus } from './memberships/membership.entity';
export { MembershipRole, MEMBERSHIP_ROLES } from './memberships/membership-role';
export { Invitation } from './invitations/invitation.entity';
export { Session } from './sessions/session.entity';
export { RefreshToken } from './sessions/refresh-token.entity';
export { OneTimeToken, OneTimeTokenPurpose } from './auth/one-time-token.entity';
export { SignInThrottle } from './auth/sign-in-throttle.entity';
