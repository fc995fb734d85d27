import { protectGroup } from './statistical-disclosure';

describe('secondary suppression', () => {
  it('hides the smallest other count when one count alone is hidden', () => {
    expect(
      protectGroup([
        { category: 'woman', value: 11 },
        { category: 'man', value: 7 },
        { category: 'non_binary', value: null },
        { category: 'not_given', value: 0 },
      ]),
    ).toEqual([
      { category: 'woman', value: 11 },
      { category: 'man', value: null },
      { category: 'non_binary', value: null },
      { category: 'not_given', value: 0 },
    ]);
  });

  it('leaves a group alone when nothing, or already two counts, are hidden', () => {
    const visible = [
      { category: 'a', value: 6 },
      { category: 'b', value: 9 },
    ];
    expect(protectGroup(visible)).toEqual(visible);
    const twice = [
      { category: 'a', value: null },
      { category: 'b', value: null },
      { category: 'c', value: 8 },
    ];
    expect(protectGroup(twice)).toEqual(twice);
  });
});
