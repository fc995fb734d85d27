import { protectParts, toShare } from './disclosure';
import { toItemChange } from './item-change';

describe('figures that could single someone out', () => {
  it('gives a share with its numerator and denominator, or none of them', () => {
    expect(toShare({ respondents: 20, agreeing: 17 })).toEqual({
      respondents: 20,
      agreeing: 17,
      share: 0.85,
      suppressed: false,
    });
    expect(toShare({ respondents: null, agreeing: null })).toEqual({
      respondents: null,
      agreeing: null,
      share: null,
      suppressed: true,
    });
    expect(toShare(undefined)).toEqual({
      respondents: 0,
      agreeing: 0,
      share: null,
      suppressed: false,
    });
  });

  it('hides the smallest other city when a single one is hidden', () => {
    const cities = [
      { name: 'a', ...toShare({ respondents: 30, agreeing: 20 }) },
      { name: 'b', ...toShare({ respondents: 8, agreeing: 6 }) },
      { name: 'c', ...toShare({ respondents: null, agreeing: null }) },
    ];
    expect(protectParts(cities).map((city) => [city.name, city.suppressed])).toEqual([
      ['a', false],
      ['b', true],
      ['c', true],
    ]);
    expect(protectParts(cities.slice(0, 2))).toEqual(cities.slice(0, 2));
  });

  it('gives the mean change and the share who improved, with counts', () => {
    expect(toItemChange({ paired: 6, totalChange: 7, improved: 4 })).toEqual({
      pairedRespondents: 6,
      meanChange: 1.17,
      improved: 4,
      shareImproved: 0.667,
      suppressed: false,
    });
    expect(toItemChange({ paired: null, totalChange: null, improved: null }).suppressed).toBe(true);
  });
});
