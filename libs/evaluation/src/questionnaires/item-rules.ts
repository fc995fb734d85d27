import type { Translated } from '@inclusion/i18n';
import {
  choiceOptionsRequired,
  duplicateItemKey,
  duplicateOptionKey,
  fieldsForOtherKind,
  itemNotInPre,
  likertScaleRequired,
} from '../evaluation.errors';
import { isChoice, ItemKind, type ChoiceOption, type LikertScale } from './item-kind';

export interface ItemDraft {
  key: string;
  kind: ItemKind;
  prompt: Translated;
  options?: ChoiceOption[] | null;
  scale?: LikertScale | null;
}

/** Each item carries exactly what its kind needs: choices for a choice, both ends for a scale. */
export function checkItems(items: ItemDraft[]): void {
  const keys = new Set<string>();
  for (const item of items) {
    if (keys.has(item.key)) throw duplicateItemKey(item.key);
    keys.add(item.key);
    if (isChoice(item.kind)) {
      if (!item.options || item.options.length < 2) throw choiceOptionsRequired(item.key);
      if (new Set(item.options.map((option) => option.key)).size !== item.options.length) {
        throw duplicateOptionKey(item.key);
      }
    } else if (item.options) {
      throw fieldsForOtherKind(item.key, 'options');
    }
    if (item.kind === ItemKind.Likert) {
      if (!item.scale) throw likertScaleRequired(item.key);
    } else if (item.scale) {
      throw fieldsForOtherKind(item.key, 'scale');
    }
  }
}

/**
 * A post questionnaire's measured items (scales and choices) are compared with the pre's answers
 * under the same key, so each must be there with the same kind. Free text is not compared.
 */
export function checkPairedItems(
  post: Pick<ItemDraft, 'key' | 'kind'>[],
  pre: Pick<ItemDraft, 'key' | 'kind'>[],
): void {
  for (const item of post) {
    if (item.kind === ItemKind.FreeText) continue;
    const counterpart = pre.find((candidate) => candidate.key === item.key);
    if (counterpart?.kind !== item.kind) throw itemNotInPre(item.key, item.kind);
  }
}
