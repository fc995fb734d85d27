import { AbilityBuilder, createMongoAbility, type MongoAbility } from '@casl/ability';
import { MembershipRole } from '../memberships/membership-role';
import { PlatformRole } from '../users/user.entity';

export type Action =
  'manage' | 'create' | 'read' | 'update' | 'archive' | 'revoke' | 'register' | 'contribute';
export type SubjectName =
  | 'Tenant'
  | 'Membership'
  | 'Invitation'
  | 'AuditEntry'
  | 'Delivery'
  | 'Edition'
  | 'Activity'
  | 'PolicyLab'
  | 'ParticipantCall'
  | 'Application'
  | 'CohortFigures'
  | 'all';
export type AppAbility = MongoAbility<[Action, SubjectName]>;

/** What every member reads: the programme and its figures, never a participant's record. */
const PROGRAMME: SubjectName[] = [
  'Tenant',
  'Edition',
  'Activity',
  'PolicyLab',
  'ParticipantCall',
  'CohortFigures',
];

/**
 * What each role may do. It is never the tenant boundary: the tenant a rule applies to is the one
 * the request acts in, which the guard has already proven and row-level security enforces.
 */
const TENANT_ROLE_RULES: Record<MembershipRole, (can: AbilityBuilder<AppAbility>['can']) => void> =
  {
    [MembershipRole.Coordinator]: (can) => {
      can('read', 'Tenant');
      can('manage', 'Membership');
      can('manage', 'Invitation');
      can('read', 'AuditEntry');
      can('manage', 'Edition');
      can('manage', ['Activity', 'PolicyLab']);
      can('manage', ['ParticipantCall', 'Application']);
      can('read', 'CohortFigures');
    },
    // Facilitators run the sessions: they schedule them and record who came. Of the editions whose
    // team they are on, they read the participants (row-level security narrows it to those).
    [MembershipRole.Facilitator]: (can) => {
      can('read', 'Tenant');
      can('read', 'Membership');
      can('read', 'Edition');
      can('manage', ['Activity', 'PolicyLab']);
      can('read', ['ParticipantCall', 'Application', 'CohortFigures']);
    },
    // Both cohorts co-create in the labs: they add findings, ideas and prototypes, and back ideas.
    [MembershipRole.LocalActor]: (can) => {
      can('read', PROGRAMME);
      can('register', 'Activity');
      can('contribute', 'PolicyLab');
    },
    [MembershipRole.Newcomer]: (can) => {
      can('read', PROGRAMME);
      can('register', 'Activity');
      can('contribute', 'PolicyLab');
    },
    [MembershipRole.Observer]: (can) => can('read', PROGRAMME),
  };

export function buildAbility(input: {
  platformRole?: PlatformRole | null;
  tenantRoles?: readonly MembershipRole[];
}): AppAbility {
  const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
  for (const role of input.tenantRoles ?? []) TENANT_ROLE_RULES[role]?.(builder.can);
  if (input.platformRole === PlatformRole.NetworkOperator) {
    builder.can('manage', 'Tenant');
    builder.can('read', 'AuditEntry');
    builder.can('manage', 'Delivery');
  }
  return builder.build();
}
