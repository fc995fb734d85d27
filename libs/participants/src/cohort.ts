import { graphqlEnum } from '@inclusion/graphql';
import { MembershipRole } from '@inclusion/identity';

/** The two groups an edition trains side by side, each on its own track. */
export enum Cohort {
  Newcomers = 'newcomers',
  PublicActors = 'public_actors',
}

export const CohortEnum = graphqlEnum(Cohort, 'Cohort');

/** The role a selected person gets in the city. */
export const COHORT_ROLE: Record<Cohort, MembershipRole> = {
  [Cohort.Newcomers]: MembershipRole.Newcomer,
  [Cohort.PublicActors]: MembershipRole.LocalActor,
};
