import { dateTimeFormat, listFormat, numberFormat } from './intl-cache';
import { formatDateTime, isTimeZone } from './mail-text';

describe('the Intl formatters the templates share', () => {
  it('builds one per locale, options and time zone, and reuses it', () => {
    const paris = dateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' });
    expect(dateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' })).toBe(paris);
    expect(dateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Lisbon' })).not.toBe(
      paris,
    );
    expect(dateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Europe/Paris' })).not.toBe(
      paris,
    );
    expect(numberFormat('fr-FR')).toBe(numberFormat('fr-FR'));
    expect(listFormat('en-GB', { type: 'conjunction' })).toBe(
      listFormat('en-GB', { type: 'conjunction' }),
    );
  });

  it('formats as a new formatter would', () => {
    const instant = '2026-12-05T13:30:00Z';
    expect(formatDateTime(instant, 'fr', 'Europe/Paris')).toBe(
      new Intl.DateTimeFormat('fr-FR', {
        dateStyle: 'long',
        timeStyle: 'short',
        timeZone: 'Europe/Paris',
      }).format(new Date(instant)),
    );
  });

  it('still refuses an unknown time zone, every time', () => {
    expect(() => dateTimeFormat('en', { timeZone: 'Mars/Olympus_Mons' })).toThrow(RangeError);
    expect(() => dateTimeFormat('en', { timeZone: 'Mars/Olympus_Mons' })).toThrow(RangeError);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('Europe/Paris')).toBe(true);
    expect(isTimeZone('Europe/Paris')).toBe(true);
  });
});
