import { escapeFormula, unescapeFormula } from './formula-injection';

describe('formula injection', () => {
  it.each([
    '=HYPERLINK("http://evil")',
    '+33 1 23',
    '-5',
    '@SUM(A1)',
    '\tcmd',
    '\r=1',
    '＝1',
    '＠x',
  ])('quotes %j for spreadsheets and reads it back as it was', (value) => {
    const cell = escapeFormula(value);
    expect(cell).toBe(`'${value}`);
    expect(unescapeFormula(cell)).toBe(value);
  });

  it.each(['plain', 'a=b', '', "'quoted already", ' =spaced'])('leaves %j alone', (value) => {
    expect(escapeFormula(value)).toBe(value);
    expect(unescapeFormula(value)).toBe(value);
  });

  it('takes one apostrophe off, and only before a formula sign', () => {
    expect(unescapeFormula("'=1")).toBe('=1');
    expect(unescapeFormula("''=1")).toBe("''=1");
    expect(unescapeFormula("'")).toBe("'");
    expect(unescapeFormula("'L'été")).toBe("'L'été");
  });
});
