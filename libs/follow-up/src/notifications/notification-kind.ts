import { graphqlEnum } from '@inclusion/graphql';

/** The follow-up mails a person may receive, each at a frequency of their choosing. */
export enum NotificationKind {
  /** To a commitment's owner: due soon, overdue, not updated for too long. */
  CommitmentReminders = 'commitment_reminders',
  /** To a city's coordinators: where the city's follow-up stands. */
  TenantDigest = 'tenant_digest',
  /** To the network operator: every city's follow-up. */
  NetworkSummary = 'network_summary',
}

export enum NotificationFrequency {
  None = 'none',
  Weekly = 'weekly',
  Monthly = 'monthly',
}

export const NotificationKindEnum = graphqlEnum(NotificationKind, 'NotificationKind');
export const NotificationFrequencyEnum = graphqlEnum(
  NotificationFrequency,
  'NotificationFrequency',
);

/** What a person gets until they choose: the rhythm of the follow-up meetings the method plans. */
export const DEFAULT_FREQUENCY: Record<NotificationKind, NotificationFrequency> = {
  [NotificationKind.CommitmentReminders]: NotificationFrequency.Weekly,
  [NotificationKind.TenantDigest]: NotificationFrequency.Weekly,
  [NotificationKind.NetworkSummary]: NotificationFrequency.Monthly,
};
