import { graphqlEnum } from '@inclusion/graphql';
import type { Translated } from '@inclusion/i18n';

export enum ItemKind {
  Likert = 'likert',
  SingleChoice = 'single_choice',
  MultipleChoice = 'multiple_choice',
  FreeText = 'free_text',
}

export const ItemKindEnum = graphqlEnum(ItemKind, 'QuestionnaireItemKind');

/** Every Likert item has five points, 1 (lowest) to 5 (highest). */
export const LIKERT_POINTS = 5;

export interface ChoiceOption {
  /** Stable across languages and between a pre and a post questionnaire. */
  key: string;
  label: Translated;
}

/** The words at both ends of a Likert scale ("not at all" … "completely"). */
export interface LikertScale {
  lowest: Translated;
  highest: Translated;
}

export const isChoice = (kind: ItemKind): boolean =>
  kind === ItemKind.SingleChoice || kind === ItemKind.MultipleChoice;
