import {
  answerShapeMismatch,
  answersMissing,
  answerTooLong,
  likertOutOfRange,
  unknownChoice,
  unknownItem,
} from '../evaluation.errors';
import { ItemKind, LIKERT_POINTS, type ChoiceOption } from '../questionnaires/item-kind';

/** Long enough for a few paragraphs, short enough that an answer stays an answer. */
export const FREE_TEXT_MAX = 4000;

export interface AnswerDraft {
  itemKey: string;
  likert?: number | null;
  choices?: string[] | null;
  text?: string | null;
}

export interface CheckedAnswer {
  itemKey: string;
  likert: number | null;
  choices: string[] | null;
  text: string | null;
}

interface AnswerableItem {
  key: string;
  kind: ItemKind;
  options?: ChoiceOption[] | null;
}

const FIELD_OF: Record<ItemKind, keyof Omit<AnswerDraft, 'itemKey'>> = {
  [ItemKind.Likert]: 'likert',
  [ItemKind.SingleChoice]: 'choices',
  [ItemKind.MultipleChoice]: 'choices',
  [ItemKind.FreeText]: 'text',
};

/**
 * Checks a response against the questionnaire's items: every scale and choice item answered,
 * free text optional (a blank one is left out), and each answer of the item's own kind.
 */
export function checkAnswers(items: AnswerableItem[], answers: AnswerDraft[]): CheckedAnswer[] {
  const answered = new Set<string>();
  const checked: CheckedAnswer[] = [];
  for (const answer of answers) {
    const item = items.find((candidate) => candidate.key === answer.itemKey);
    if (!item || answered.has(item.key)) throw unknownItem(answer.itemKey);
    answered.add(item.key);
    const one = checkAnswer(item, answer);
    if (one) checked.push(one);
  }
  const missing = items
    .filter((item) => item.kind !== ItemKind.FreeText && !answered.has(item.key))
    .map((item) => item.key);
  if (missing.length) throw answersMissing(missing);
  return checked;
}

function checkAnswer(item: AnswerableItem, answer: AnswerDraft): CheckedAnswer | null {
  const expected = FIELD_OF[item.kind];
  const given = (['likert', 'choices', 'text'] as const).filter(
    (field) => answer[field] !== null && answer[field] !== undefined,
  );
  if (given.length !== 1 || given[0] !== expected) throw answerShapeMismatch(item.key, item.kind);
  const none = { itemKey: item.key, likert: null, choices: null, text: null };
  switch (item.kind) {
    case ItemKind.Likert: {
      const value = answer.likert!;
      if (!Number.isInteger(value) || value < 1 || value > LIKERT_POINTS) {
        throw likertOutOfRange(item.key);
      }
      return { ...none, likert: value };
    }
    case ItemKind.SingleChoice:
    case ItemKind.MultipleChoice: {
      const choices = [...new Set(answer.choices!)];
      const single = item.kind === ItemKind.SingleChoice;
      if (choices.length === 0 || (single && choices.length > 1)) {
        throw answerShapeMismatch(item.key, item.kind);
      }
      const offered = new Set((item.options ?? []).map((option) => option.key));
      const unknown = choices.filter((choice) => !offered.has(choice));
      if (unknown.length) throw unknownChoice(item.key, unknown);
      return { ...none, choices };
    }
    case ItemKind.FreeText: {
      const text = answer.text!.trim();
      if (text.length > FREE_TEXT_MAX) throw answerTooLong(item.key, FREE_TEXT_MAX);
      return text ? { ...none, text } : null;
    }
  }
}
