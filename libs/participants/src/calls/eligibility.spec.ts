import { LanguageLevel } from '../applications/applicant-profile';
import { evaluateEligibility, normalizePlace } from './eligibility';

describe('eligibility', () => {
  const rules = {
    municipalities: ['Clermont-Ferrand', 'Aubière', 'Saint-Étienne'],
    minimumLevel: { level: LanguageLevel.B1, languages: ['fr', 'en'] },
  };

  it('matches places however they are typed', () => {
    expect(normalizePlace('  ST ETIENNE ')).toBe(normalizePlace('Saint-Étienne'));
    expect(normalizePlace('clermont ferrand')).toBe(normalizePlace('Clermont-Ferrand'));
    expect(normalizePlace('Aubiere')).toBe(normalizePlace('Aubière'));
  });

  it('admits a resident with B1 in one of the languages', () => {
    const outcome = evaluateEligibility(rules, {
      cityOfResidence: 'aubiere',
      languages: [
        { language: 'ar', level: LanguageLevel.Native },
        { language: 'en', level: LanguageLevel.B2 },
        { language: 'fr', level: LanguageLevel.A2 },
      ],
    });
    expect(outcome.eligible).toBe(true);
    expect(outcome.checks.map((check) => check.met)).toEqual([true, true]);
  });

  it('explains each unmet rule in French and English', () => {
    const outcome = evaluateEligibility(rules, {
      cityOfResidence: 'Lyon',
      languages: [{ language: 'fr', level: LanguageLevel.A2 }],
    });
    expect(outcome.eligible).toBe(false);
    expect(outcome.checks[0].reason.en).toBe(
      'The place of residence is not among: Clermont-Ferrand, Aubière, Saint-Étienne.',
    );
    expect(outcome.checks[1].reason.fr).toBe(
      "Le niveau B1 en français ou anglais est requis et n'est pas déclaré.",
    );
    expect(outcome.checks[1].reason.en).toBe(
      'B1 in French or English is required and was not declared.',
    );
  });

  it('counts a mother tongue above every CEFR level, and checks no rule the call leaves out', () => {
    expect(
      evaluateEligibility(
        { minimumLevel: { level: LanguageLevel.C2, languages: ['fr'] } },
        { languages: [{ language: 'fr', level: LanguageLevel.Native }] },
      ),
    ).toMatchObject({ eligible: true, checks: [{ rule: 'language_level' }] });
    expect(evaluateEligibility({}, { languages: [] })).toEqual({ eligible: true, checks: [] });
  });

  it('refuses a missing place of residence when residence is required', () => {
    expect(evaluateEligibility(rules, { cityOfResidence: null, languages: [] }).eligible).toBe(
      false,
    );
  });
});
