import { localeFromAcceptLanguage, pickLocale } from './locale';

describe('locale', () => {
  it('reads the preferred supported language of an Accept-Language header', () => {
    expect(localeFromAcceptLanguage('de-DE,de;q=0.9,en-GB;q=0.8,fr;q=0.7')).toBe('en');
    expect(localeFromAcceptLanguage('fr-FR')).toBe('fr');
    expect(localeFromAcceptLanguage('en;q=0.2, fr;q=0.9')).toBe('fr');
    expect(localeFromAcceptLanguage('de, it')).toBeNull();
    expect(localeFromAcceptLanguage(undefined)).toBeNull();
  });

  it('picks the first supported candidate, else French', () => {
    expect(pickLocale(null, 'en', 'fr')).toBe('en');
    expect(pickLocale('de', undefined)).toBe('fr');
  });
});
