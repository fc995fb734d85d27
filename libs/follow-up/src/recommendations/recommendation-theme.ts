import { graphqlEnum } from '@inclusion/graphql';

/** The topics the pilot's recommendations fell under, and the city's own for anything else. */
export enum RecommendationTheme {
  InformationAccess = 'information_access',
  Participation = 'participation',
  PeerMentoring = 'peer_mentoring',
  LivedExpertise = 'lived_expertise',
  Local = 'local',
}

export const RecommendationThemeEnum = graphqlEnum(
  RecommendationTheme,
  'RecommendationTheme',
  'INFORMATION_ACCESS: accessibility of public information and services; PARTICIPATION: ' +
    'cultural and political participation; PEER_MENTORING; LIVED_EXPERTISE: lived expertise in ' +
    'municipal practice; LOCAL: a theme of the city’s own, named by `localTheme`.',
);
