import type { Translated } from '@inclusion/i18n';
import {
  atLeast,
  type LanguageLevel,
  type SpokenLanguage,
} from '../applications/applicant-profile';

/** What a call requires; a rule left out is not checked. */
export interface EligibilityRules {
  /** The applicant lives in one of these municipalities. */
  municipalities?: string[] | null;
  /** The applicant speaks at least one of these languages at this level or above. */
  minimumLevel?: { level: LanguageLevel; languages: string[] } | null;
}

export type EligibilityRule = 'residence' | 'language_level';

export interface EligibilityCheck {
  rule: EligibilityRule;
  met: boolean;
  reason: Translated;
}

export interface EligibilityOutcome {
  eligible: boolean;
  checks: EligibilityCheck[];
}

export interface EligibilityFacts {
  cityOfResidence?: string | null;
  languages: SpokenLanguage[];
}

/** "Saint-Étienne", "saint etienne" and "ST ETIENNE " are one place to a person reading a form. */
export const normalizePlace = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\bst\b/g, 'saint')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const languageNames = (codes: string[], locale: 'fr' | 'en'): string => {
  const names = new Intl.DisplayNames([locale], { type: 'language' });
  return codes.map((code) => names.of(code) ?? code).join(locale === 'fr' ? ' ou ' : ' or ');
};

function residence(rules: string[], city: string | null | undefined): EligibilityCheck {
  const listed = rules.join(', ');
  const met = !!city && rules.some((name) => normalizePlace(name) === normalizePlace(city));
  return {
    rule: 'residence',
    met,
    reason: met
      ? { fr: `Habite dans le territoire (${listed}).`, en: `Lives in the area (${listed}).` }
      : {
          fr: `La commune de résidence n'est pas dans la liste : ${listed}.`,
          en: `The place of residence is not among: ${listed}.`,
        },
  };
}

function languageLevel(
  rule: NonNullable<EligibilityRules['minimumLevel']>,
  spoken: SpokenLanguage[],
): EligibilityCheck {
  const level = rule.level.toUpperCase();
  const met = spoken.some(
    (entry) => rule.languages.includes(entry.language) && atLeast(entry.level, rule.level),
  );
  const fr = languageNames(rule.languages, 'fr');
  const en = languageNames(rule.languages, 'en');
  return {
    rule: 'language_level',
    met,
    reason: met
      ? { fr: `Niveau ${level} ou plus en ${fr}.`, en: `${level} or above in ${en}.` }
      : {
          fr: `Le niveau ${level} en ${fr} est requis et n'est pas déclaré.`,
          en: `${level} in ${en} is required and was not declared.`,
        },
  };
}

/** Every rule of the call, each with its reason in both languages, so a refusal is explained. */
export function evaluateEligibility(
  rules: EligibilityRules,
  facts: EligibilityFacts,
): EligibilityOutcome {
  const checks: EligibilityCheck[] = [];
  if (rules.municipalities?.length) {
    checks.push(residence(rules.municipalities, facts.cityOfResidence));
  }
  if (rules.minimumLevel?.languages.length) {
    checks.push(languageLevel(rules.minimumLevel, facts.languages));
  }
  return { eligible: checks.every((check) => check.met), checks };
}
