import type { Translated } from '@inclusion/i18n';
import { Cohort } from '@inclusion/participants';

/**
 * An indicator is the share of a cohort's respondents to a post questionnaire who answer at least
 * `minimum` on the Likert item `itemKey`: "agree" (4) or "strongly agree" (5).
 */
export interface IndicatorDefinition {
  key: string;
  cohort: Cohort;
  itemKey: string;
  minimum: number;
  label: Translated;
}

/** The pilot's headline results (85 %, 90 %, 88 %), measured the same way in every edition. */
export const INDICATORS: readonly IndicatorDefinition[] = [
  {
    key: 'public_speaking',
    cohort: Cohort.Newcomers,
    itemKey: 'public_speaking_ease',
    minimum: 4,
    label: {
      fr: 'Se sentent plus à l’aise pour prendre la parole en public',
      en: 'Feel more at ease speaking in public',
    },
  },
  {
    key: 'helping_with_institutions',
    cohort: Cohort.Newcomers,
    itemKey: 'helping_others_with_institutions',
    minimum: 4,
    label: {
      fr: 'Se sentent capables d’aider d’autres personnes dans leurs démarches auprès des institutions',
      en: 'Feel able to help others deal with institutions',
    },
  },
  {
    key: 'understanding_exiles',
    cohort: Cohort.PublicActors,
    itemKey: 'understanding_exiles_realities',
    minimum: 4,
    label: {
      fr: 'Disent que les Labs les ont aidés à comprendre les réalités des personnes exilées',
      en: 'Say the Labs helped them understand the realities of exiles',
    },
  },
];
