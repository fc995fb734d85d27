import { graphqlEnum } from '@inclusion/graphql';

export enum PartnershipStatus {
  /** Proposed by the network operator; each city's coordinator accepts it. */
  Proposed = 'proposed',
  /** Both accepted: the shared space is open. */
  Active = 'active',
  /** Over: its records stay readable to both, nothing more is written. */
  Closed = 'closed',
  /** One of the cities declined the proposal. */
  Declined = 'declined',
}

export const PartnershipStatusEnum = graphqlEnum(PartnershipStatus, 'PartnershipStatus');

export enum PartnershipSide {
  Mentor = 'mentor',
  Learner = 'learner',
}

export const PartnershipSideEnum = graphqlEnum(PartnershipSide, 'PartnershipSide');
