import { LanguageLevel, oneEntryPerLanguage } from './applicant-profile';

describe('spoken languages', () => {
  it('keeps one entry per language, at the higher level given', () => {
    expect(
      oneEntryPerLanguage([
        { language: 'fr', level: LanguageLevel.A2 },
        { language: 'ar', level: LanguageLevel.Native },
        { language: 'fr', level: LanguageLevel.B2 },
        { language: 'fr', level: LanguageLevel.B1 },
      ]),
    ).toEqual([
      { language: 'fr', level: LanguageLevel.B2 },
      { language: 'ar', level: LanguageLevel.Native },
    ]);
  });
});
