import { AbilityBuilder, createMongoAbility, type MongoAbility } from '@casl/ability';
import { MembershipRole } from '../memberships/membership-role';
import { PlatformRole } from '../users/user.entity';

export type Action =
  | 'manage'
  | 'create'
  | 'read'
  | 'update'
  | 'archive'
  | 'revoke'
  | 'register'
  | 'contribute'
  | 'answer'
  | 'write';
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
  | 'ExpenseClaim'
  | 'Questionnaire'
  | 'Logbook'
  | 'Indicators'
  | 'Recommendation'
  | 'Commitment'
  | 'FollowUp'
  | 'Partnership'
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
  'Questionnaire',
  'Indicators',
  // Shared logbook entries; row-level security keeps the others to their author and the team.
  'Logbook',
  // What the cohorts recommended, what the city answered and committed to, and how far it got.
  'Recommendation',
  'Commitment',
  'FollowUp',
  // The city's partnerships with a mentor or a learner city, its needs and strengths.
  'Partnership',
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
      can('manage', ['ParticipantCall', 'Application', 'ExpenseClaim']);
      can('read', 'CohortFigures');
      can('manage', 'Questionnaire');
      can('read', ['Logbook', 'Indicators']);
      // The city answers the recommendations and commits; coordinators steer the follow-up.
      can('manage', ['Recommendation', 'Commitment', 'FollowUp']);
      // The city accepts partnerships, names its members in them, states its needs and strengths.
      can('manage', 'Partnership');
    },
    // Facilitators run the sessions: they schedule them and record who came. Of the editions whose
    // team they are on, they read the participants (row-level security narrows it to those).
    [MembershipRole.Facilitator]: (can) => {
      can('read', 'Tenant');
      can('read', 'Membership');
      can('read', 'Edition');
      can('manage', ['Activity', 'PolicyLab']);
      can('read', ['ParticipantCall', 'Application', 'CohortFigures', 'ExpenseClaim']);
      can('read', ['Questionnaire', 'Logbook', 'Indicators']);
      // They help the cohorts write their recommendations and steer them to the city.
      can(['read', 'create', 'update', 'contribute'], 'Recommendation');
      can(['read', 'contribute'], ['Commitment', 'FollowUp']);
      // Named in a pair by the coordinators, they write the plan or review it.
      can(['read', 'contribute'], 'Partnership');
    },
    // Both cohorts co-create in the labs: they add findings, ideas and prototypes, and back ideas.
    [MembershipRole.LocalActor]: (can) => {
      can('read', PROGRAMME);
      can('register', 'Activity');
      can('contribute', 'PolicyLab');
      // Travel costs are reimbursed: participants claim theirs.
      can('create', 'ExpenseClaim');
      // Selected participants answer the questionnaires and keep a logbook of their edition.
      can('answer', 'Questionnaire');
      can('write', 'Logbook');
      // The cohorts co-write recommendations; a commitment's owner, whatever their role, reports on it.
      can('contribute', ['Recommendation', 'Commitment']);
    },
    [MembershipRole.Newcomer]: (can) => {
      can('read', PROGRAMME);
      can('register', 'Activity');
      can('contribute', 'PolicyLab');
      // Travel costs are reimbursed: participants claim theirs.
      can('create', 'ExpenseClaim');
      // Selected participants answer the questionnaires and keep a logbook of their edition.
      can('answer', 'Questionnaire');
      can('write', 'Logbook');
      // The cohorts co-write recommendations; a commitment's owner, whatever their role, reports on it.
      can('contribute', ['Recommendation', 'Commitment']);
    },
    [MembershipRole.Observer]: (can) => {
      can('read', PROGRAMME);
      // An official following the programme may own a commitment, and report on it, and be named
      // in a partnership to write or review an action plan.
      can('contribute', ['Commitment', 'Partnership']);
    },
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
