import type { AppError } from '@inclusion/graphql';
import { ItemKind } from '../questionnaires/item-kind';
import { checkAnswers, FREE_TEXT_MAX, type AnswerDraft } from './answer-rules';

const label = { fr: 'x', en: 'x' };
const ITEMS = [
  { key: 'confidence', kind: ItemKind.Likert },
  {
    key: 'track',
    kind: ItemKind.SingleChoice,
    options: [
      { key: 'a', label },
      { key: 'b', label },
    ],
  },
  {
    key: 'topics',
    kind: ItemKind.MultipleChoice,
    options: [
      { key: 'housing', label },
      { key: 'culture', label },
    ],
  },
  { key: 'comment', kind: ItemKind.FreeText },
];
const complete: AnswerDraft[] = [
  { itemKey: 'confidence', likert: 4 },
  { itemKey: 'track', choices: ['a'] },
  { itemKey: 'topics', choices: ['housing', 'culture', 'housing'] },
];
const reasonOf = (answers: AnswerDraft[]): string | null => {
  try {
    checkAnswers(ITEMS, answers);
    return null;
  } catch (error) {
    return (error as AppError).reason;
  }
};

describe('answers against the items', () => {
  it('keeps one value per answer, drops blank free text and repeated choices', () => {
    expect(checkAnswers(ITEMS, [...complete, { itemKey: 'comment', text: '  ' }])).toEqual([
      { itemKey: 'confidence', likert: 4, choices: null, text: null },
      { itemKey: 'track', likert: null, choices: ['a'], text: null },
      { itemKey: 'topics', likert: null, choices: ['housing', 'culture'], text: null },
    ]);
  });

  it.each<[string, AnswerDraft[]]>([
    ['ANSWERS_MISSING', complete.slice(1)],
    ['UNKNOWN_ITEM', [...complete, { itemKey: 'nope', likert: 3 }]],
    ['UNKNOWN_ITEM', [...complete, { itemKey: 'confidence', likert: 3 }]],
    ['LIKERT_OUT_OF_RANGE', [{ itemKey: 'confidence', likert: 6 }, ...complete.slice(1)]],
    ['LIKERT_OUT_OF_RANGE', [{ itemKey: 'confidence', likert: 0 }, ...complete.slice(1)]],
    ['ANSWER_SHAPE_MISMATCH', [{ itemKey: 'confidence', text: '4' }, ...complete.slice(1)]],
    [
      'ANSWER_SHAPE_MISMATCH',
      [complete[0], { itemKey: 'track', choices: ['a', 'b'] }, complete[2]],
    ],
    ['UNKNOWN_CHOICE', [complete[0], { itemKey: 'track', choices: ['z'] }, complete[2]]],
    ['ANSWER_TOO_LONG', [...complete, { itemKey: 'comment', text: 'x'.repeat(FREE_TEXT_MAX + 1) }]],
  ])('refuses %s', (reason, answers) => {
    expect(reasonOf(answers)).toBe(reason);
  });
});
