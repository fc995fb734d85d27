import { graphqlEnum } from '@inclusion/graphql';

/*
 * What a newcomer may tell about themselves. Every field is optional, and all of them are sensitive:
 * only the team running the edition and the person read them; everyone else sees counts.
 */

export enum Gender {
  Woman = 'woman',
  Man = 'man',
  NonBinary = 'non_binary',
  SelfDescribed = 'self_described',
}

/** Bands rather than birth dates: the programme needs the spread, not the age. */
export enum AgeBand {
  From18To25 = 'age_18_25',
  From26To35 = 'age_26_35',
  From36To50 = 'age_36_50',
  From51To65 = 'age_51_65',
  Over65 = 'age_over_65',
}

export enum AdministrativeStatus {
  Refugee = 'refugee',
  AsylumSeeker = 'asylum_seeker',
  Resident = 'resident',
  Stateless = 'stateless',
  StudentVisa = 'student_visa',
  WorkVisa = 'work_visa',
  FamilyVisa = 'family_visa',
  Other = 'other',
}

export enum Schooling {
  None = 'none',
  Primary = 'primary',
  Secondary = 'secondary',
  Vocational = 'vocational',
  Higher = 'higher',
}

/** CEFR levels in order, then a mother tongue. */
export enum LanguageLevel {
  A1 = 'a1',
  A2 = 'a2',
  B1 = 'b1',
  B2 = 'b2',
  C1 = 'c1',
  C2 = 'c2',
  Native = 'native',
}

export const LANGUAGE_LEVELS = Object.values(LanguageLevel);

export const atLeast = (level: LanguageLevel, minimum: LanguageLevel): boolean =>
  LANGUAGE_LEVELS.indexOf(level) >= LANGUAGE_LEVELS.indexOf(minimum);

/** Local public actors say where they work from. */
export enum ActorPosition {
  Agent = 'agent',
  ElectedOfficial = 'elected_official',
  AssociationStaff = 'association_staff',
  Other = 'other',
}

export interface SpokenLanguage {
  /** ISO 639-1 code. */
  language: string;
  level: LanguageLevel;
}

/** A language listed twice counts once, at the higher level the person gave. */
export function oneEntryPerLanguage(entries: SpokenLanguage[]): SpokenLanguage[] {
  const best = new Map<string, SpokenLanguage>();
  for (const { language, level } of entries) {
    const known = best.get(language);
    if (!known || atLeast(level, known.level)) best.set(language, { language, level });
  }
  return [...best.values()];
}

export const GenderEnum = graphqlEnum(Gender, 'Gender');
export const AgeBandEnum = graphqlEnum(AgeBand, 'AgeBand');
export const AdministrativeStatusEnum = graphqlEnum(AdministrativeStatus, 'AdministrativeStatus');
export const SchoolingEnum = graphqlEnum(Schooling, 'Schooling');
export const LanguageLevelEnum = graphqlEnum(
  LanguageLevel,
  'LanguageLevel',
  'A CEFR level (A1 to C2), or NATIVE for a mother tongue.',
);
export const ActorPositionEnum = graphqlEnum(ActorPosition, 'ActorPosition');
