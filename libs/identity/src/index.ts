export { User, PlatformRole, UserStatus, normalizeEmail } from './users/user.entity';
export { Membership, MembershipStatus } from './memberships/membership.entity';
export { MembershipRole, MEMBERSHIP_ROLES } from './memberships/membership-role';
export { Invitation } from './invitations/invitation.entity';
export { InvitationService, type InvitationDraft } from './invitations/invitation.service';
export { InvitationRelevanceCheck } from './invitations/invitation-relevance.check';
export { PasswordHasher } from './auth/password-hasher';
export { AccountProvisioning, type AccountInput } from './users/account-provisioning.service';
export {
  loadMember,
  loadUser,
  joinUserName,
  keepJoinedUserNames,
  loadUserName,
  userNameField,
} from './users/user.loader';
export { Access, type AccessPolicy, ACCESS_POLICY } from './access/access-policy.decorator';
export type { Action, SubjectName, AppAbility } from './access/ability';
export { AccessGuard } from './access/access.guard';
export { Ctx } from './access/context.decorator';
export { RequestContext, type Actor } from './access/request-context';
export { MemberType, InviteMemberInput, PASSWORD_MIN, PASSWORD_MAX } from './identity.types';
export { IdentityModule } from './identity.module';
export { IdentityEntitiesModule } from './identity-entities.module';
export { PublicFormThrottle } from './auth/public-form-throttle.service';
export { AccountPrivacy, ERASED_NAME } from './users/account-privacy.service';
export {
  PERSONAL_DATA_CONTRIBUTORS,
  type DataSubject,
  type PersonalDataContributor,
} from './privacy/personal-data-contributor';
