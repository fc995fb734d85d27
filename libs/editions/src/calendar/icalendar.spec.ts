import type { CalendarEvent, CalendarFeed } from './icalendar';
import { renderICalendar } from './icalendar';

const event = (overrides: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: '3f2b8c1e-0000-4000-8000-000000000001',
  title: 'Atelier',
  startsAt: new Date('2025-01-14T08:30:00Z'),
  durationMinutes: 90,
  updatedAt: new Date('2025-01-02T10:15:42Z'),
  ...overrides,
});

const feed = (events: CalendarEvent[], name = 'Villes inclusives'): CalendarFeed => ({
  name,
  timeZone: 'Europe/Paris',
  events,
});

/** Undoes RFC 5545 folding: a CRLF followed by a single space or tab is removed. */
const unfold = (text: string): string => text.replace(/\r\n[ \t]/g, '');

const contentLines = (text: string): string[] => unfold(text).split('\r\n').slice(0, -1);

const valueOf = (text: string, name: string): string | undefined =>
  contentLines(text)
    .find((line) => line.startsWith(`${name}:`))
    ?.slice(name.length + 1);

describe('renderICalendar', () => {
  it('renders the exact golden text for one event', () => {
    const text = renderICalendar(
      feed([
        event({
          title: 'Atelier de co-construction',
          description: 'Présentation du diagnostic, puis travail en groupes.',
          location: '10 place de Jaude; Clermont-Ferrand',
          url: 'https://meet.example.org/abc?x=1,2',
        }),
      ]),
    );
    expect(text).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Inclusive Cities//Programme calendar//FR',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'X-WR-CALNAME:Villes inclusives',
        'X-WR-TIMEZONE:Europe/Paris',
        'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
        'X-PUBLISHED-TTL:PT1H',
        'BEGIN:VEVENT',
        'UID:3f2b8c1e-0000-4000-8000-000000000001@inclusive-cities',
        'DTSTAMP:20250102T101542Z',
        'DTSTART:20250114T083000Z',
        'DTEND:20250114T100000Z',
        'SUMMARY:Atelier de co-construction',
        'DESCRIPTION:Présentation du diagnostic\\, puis travail en groupes.',
        'LOCATION:10 place de Jaude\\; Clermont-Ferrand',
        'URL:https://meet.example.org/abc?x=1,2',
        'STATUS:CONFIRMED',
        'LAST-MODIFIED:20250102T101542Z',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('omits empty optional properties', () => {
    const text = renderICalendar(feed([event({ description: null, location: '', url: null })]));
    expect(text).not.toMatch(/^(DESCRIPTION|LOCATION|URL)[:;]/m);
  });

  it('renders an empty calendar when there are no events', () => {
    const text = renderICalendar(feed([]));
    expect(text).not.toContain('BEGIN:VEVENT');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('escapes backslashes, semicolons, commas and newlines in TEXT values', () => {
    const text = renderICalendar(
      feed([
        event({
          title: 'a;b,c\\d',
          description: 'ligne 1\nligne 2\r\nligne 3\rfin',
          location: 'C:\\salle; étage 2, porte B',
        }),
      ]),
    );
    expect(valueOf(text, 'SUMMARY')).toBe('a\\;b\\,c\\\\d');
    expect(valueOf(text, 'DESCRIPTION')).toBe('ligne 1\\nligne 2\\nligne 3\\nfin');
    expect(valueOf(text, 'LOCATION')).toBe('C:\\\\salle\\; étage 2\\, porte B');
  });

  it('escapes the calendar name', () => {
    const text = renderICalendar(feed([], 'Villes résilientes — Clermont-Ferrand, 2025'));
    expect(valueOf(text, 'X-WR-CALNAME')).toBe('Villes résilientes — Clermont-Ferrand\\, 2025');
  });

  it('folds lines longer than 75 octets without splitting multi-byte characters', () => {
    const title =
      'Séance plénière — élaboration concertée des priorités d’égalité réelle à ' +
      'Clermont-Ferrand : écoute, défis, réussites, ambiguïtés, œuvres « émancipées » 🎉 ' +
      'àéèêëîïôùûüÿçœæ'.repeat(6);
    const text = renderICalendar(feed([event({ title })], 'Villes résilientes — Clermont-Ferrand'));

    const physicalLines = text.split('\r\n').slice(0, -1);
    for (const line of physicalLines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      // A split inside a multi-byte character would leave a lone surrogate or U+FFFD.
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
      expect(line).not.toMatch(/[\ud800-\udfff]/u);
    }
    const summaryLines = physicalLines.filter(
      (line, i) =>
        line.startsWith('SUMMARY:') ||
        (line.startsWith(' ') && physicalLines.slice(0, i).some((l) => l.startsWith('SUMMARY:'))),
    );
    expect(summaryLines.length).toBeGreaterThan(3);
    // Lines are filled as much as possible: every non-final segment is within 3 bytes of the limit.
    for (const line of summaryLines.slice(0, -1)) {
      expect(Buffer.byteLength(line, 'utf8')).toBeGreaterThan(75 - 4);
    }
    expect(valueOf(text, 'SUMMARY')).toBe(title.replace(/,/g, '\\,'));
  });

  it('does not fold a line of exactly 75 octets', () => {
    const title = 'x'.repeat(75 - 'SUMMARY:'.length);
    const text = renderICalendar(feed([event({ title })]));
    expect(text).toContain(`\r\nSUMMARY:${title}\r\nSTATUS:`);
  });

  it('marks cancelled events', () => {
    const text = renderICalendar(
      feed([event({ uid: 'a', cancelled: true }), event({ uid: 'b', cancelled: false })]),
    );
    expect(contentLines(text).filter((line) => line.startsWith('STATUS:'))).toEqual([
      'STATUS:CANCELLED',
      'STATUS:CONFIRMED',
    ]);
  });

  it('uses CRLF for every line break and ends with CRLF', () => {
    const text = renderICalendar(
      feed([event({ title: 'é'.repeat(100), description: 'un\ndeux\r\ntrois' })]),
    );
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('sorts events by start time without mutating the input', () => {
    const events = [
      event({ uid: 'late', startsAt: new Date('2025-03-01T09:00:00Z') }),
      event({ uid: 'early', startsAt: new Date('2025-01-01T09:00:00Z') }),
      event({ uid: 'middle', startsAt: new Date('2025-02-01T09:00:00Z') }),
    ];
    const text = renderICalendar(feed(events));
    const uids = contentLines(text)
      .filter((line) => line.startsWith('UID:'))
      .map((line) => line.slice(4));
    expect(uids).toEqual([
      'early@inclusive-cities',
      'middle@inclusive-cities',
      'late@inclusive-cities',
    ]);
    expect(events.map((e) => e.uid)).toEqual(['late', 'early', 'middle']);
  });

  it('computes DTEND across midnight and month boundaries in UTC', () => {
    const text = renderICalendar(
      feed([event({ startsAt: new Date('2025-01-31T23:30:00Z'), durationMinutes: 45 })]),
    );
    expect(valueOf(text, 'DTSTART')).toBe('20250131T233000Z');
    expect(valueOf(text, 'DTEND')).toBe('20250201T001500Z');
  });

  it('rejects non-positive durations and invalid dates', () => {
    expect(() => renderICalendar(feed([event({ durationMinutes: 0 })]))).toThrow(RangeError);
    expect(() => renderICalendar(feed([event({ startsAt: new Date('nope') })]))).toThrow(
      RangeError,
    );
  });
});
