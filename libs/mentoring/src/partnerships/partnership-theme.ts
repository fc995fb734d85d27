import { graphqlEnum } from '@inclusion/graphql';

/** What a pair of cities works on, as IncluCities' pairs did. */
export enum PartnershipTheme {
  Education = 'education',
  Housing = 'housing',
  Employment = 'employment',
  Language = 'language',
  InformationAndRights = 'information_and_rights',
  Participation = 'participation',
  Health = 'health',
  Other = 'other',
}

export const PartnershipThemeEnum = graphqlEnum(PartnershipTheme, 'PartnershipTheme');
