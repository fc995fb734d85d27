import type { AppError } from '@inclusion/graphql';
import { ItemKind } from './item-kind';
import { checkItems, checkPairedItems, type ItemDraft } from './item-rules';

const text = (words: string) => ({ fr: words, en: words });
const likert = (key: string): ItemDraft => ({
  key,
  kind: ItemKind.Likert,
  prompt: text(key),
  scale: { lowest: text('not at all'), highest: text('completely') },
});
const choice = (key: string, options: string[]): ItemDraft => ({
  key,
  kind: ItemKind.SingleChoice,
  prompt: text(key),
  options: options.map((option) => ({ key: option, label: text(option) })),
});
const reasonOf = (work: () => void): string | null => {
  try {
    work();
    return null;
  } catch (error) {
    return (error as AppError).reason;
  }
};

describe('questionnaire items', () => {
  it('accepts each kind with what it needs', () => {
    expect(
      reasonOf(() =>
        checkItems([
          likert('confidence'),
          choice('track', ['a', 'b']),
          { key: 'comment', kind: ItemKind.FreeText, prompt: text('comment') },
        ]),
      ),
    ).toBeNull();
  });

  it.each([
    ['DUPLICATE_ITEM_KEY', [likert('same'), likert('same')]],
    ['DUPLICATE_OPTION_KEY', [choice('track', ['a', 'a'])]],
    ['CHOICE_OPTIONS_REQUIRED', [choice('track', ['only'])]],
    ['LIKERT_SCALE_REQUIRED', [{ ...likert('confidence'), scale: null }]],
    ['ITEM_FIELD_FOR_OTHER_KIND', [{ ...likert('confidence'), options: [] }]],
    ['ITEM_FIELD_FOR_OTHER_KIND', [{ ...choice('track', ['a', 'b']), scale: likert('x').scale }]],
  ])('refuses %s', (reason, items) => {
    expect(reasonOf(() => checkItems(items as ItemDraft[]))).toBe(reason);
  });

  it('pairs a post with its pre by key and kind, free text aside', () => {
    const pre = [likert('confidence'), choice('track', ['a', 'b'])];
    expect(reasonOf(() => checkPairedItems([likert('confidence')], pre))).toBeNull();
    expect(
      reasonOf(() => checkPairedItems([{ key: 'new_comment', kind: ItemKind.FreeText }], pre)),
    ).toBeNull();
    expect(reasonOf(() => checkPairedItems([likert('new_scale')], pre))).toBe('ITEM_NOT_IN_PRE');
    expect(reasonOf(() => checkPairedItems([likert('track')], pre))).toBe('ITEM_NOT_IN_PRE');
  });
});
