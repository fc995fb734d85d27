import {
  characterCount,
  firstControlCharacter,
  parseCalendarDate,
  parseCommitmentStatus,
  parseCsvBoolean,
  parseEmail,
  parseProgress,
  parseWeight,
} from './csv-values';

describe('CSV cell values', () => {
  it.each([
    ['2025-03-05', '2025-03-05'],
    ['05/03/2025', '2025-03-05'],
    ['5/3/2025', '2025-03-05'],
    ['29/02/2024', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['31/12/2030', '2030-12-31'],
  ])('reads the date %j as %j', (cell, date) => {
    expect(parseCalendarDate(cell)).toBe(date);
  });

  it.each([
    '2025-02-29',
    '1900-02-29',
    '31/04/2025',
    '2025-13-01',
    '2025-00-10',
    '00/01/2025',
    '2025-3-5',
    '05/03/25',
    '05-03-2025',
    '2025/03/05',
    '0225-03-05',
    '2025-03-05T10:00:00Z',
    'demain',
  ])('refuses the date %j', (cell) => {
    expect(parseCalendarDate(cell)).toBeNull();
  });

  it.each([
    ['not_started', 'not_started'],
    ['IN_PROGRESS', 'in_progress'],
    ['Non commencé', 'not_started'],
    ['non commence', 'not_started'],
    ['En cours', 'in_progress'],
    ['en  cours', 'in_progress'],
    ['TERMINÉ', 'done'],
    ['termine', 'done'],
    // "terminé" with a combining accent, as macOS writes it.
    ['termine\u0301', 'done'],
    ['En retard', 'delayed'],
    ['Abandonné', 'abandoned'],
    ['abandonne', 'abandoned'],
    ['Delayed', 'delayed'],
  ])('reads the status %j as %j', (cell, status) => {
    expect(parseCommitmentStatus(cell)).toBe(status);
  });

  it.each(['finished', 'in progress', 'en_cours', 'constructor', 'toString'])(
    'refuses the status %j',
    (cell) => {
      expect(parseCommitmentStatus(cell)).toBeNull();
    },
  );

  it.each([
    ['0', 0],
    ['100', 100],
    ['40%', 40],
    ['40 %', 40],
    ['40\u202F%', 40],
    ['007', 7],
  ])('reads the progress %j as %j', (cell, progress) => {
    expect(parseProgress(cell)).toBe(progress);
  });

  it.each(['101', '-5', '50.5', '50,5', '1e2', '%', '40%%', 'half', '1000'])(
    'refuses the progress %j',
    (cell) => {
      expect(parseProgress(cell)).toBeNull();
    },
  );

  it('takes weights from 1 to 100, whole', () => {
    expect(parseWeight('1')).toBe(1);
    expect(parseWeight('100')).toBe(100);
    for (const cell of ['0', '101', '2.5', '-1', '10%', 'two']) {
      expect(parseWeight(cell)).toBeNull();
    }
  });

  it.each([
    ['true', true],
    ['FALSE', false],
    ['Yes', true],
    ['no', false],
    ['OUI', true],
    ['non', false],
    ['VRAI', true],
    ['faux', false],
    ['1', true],
    ['0', false],
  ])('reads the boolean %j as %j', (cell, value) => {
    expect(parseCsvBoolean(cell)).toBe(value);
  });

  it.each(['maybe', 'y', '2', 'constructor'])('refuses the boolean %j', (cell) => {
    expect(parseCsvBoolean(cell)).toBeNull();
  });

  it('lower-cases an email address and refuses what is not one', () => {
    expect(parseEmail('Ana.Lopez@Ville-Lyon.FR')).toBe('ana.lopez@ville-lyon.fr');
    for (const cell of ['ana', 'ana@', 'ana@ville', 'Ana <ana@ville.fr>', 'a b@ville.fr']) {
      expect(parseEmail(cell)).toBeNull();
    }
    expect(parseEmail(`${'a'.repeat(64)}@${'b'.repeat(250)}.fr`)).toBeNull();
  });

  it('finds control characters but lets tabs and line breaks be', () => {
    expect(firstControlCharacter('line one\r\nline two\tand a tab')).toBeNull();
    expect(firstControlCharacter('bell\u0007here')).toBe('\u0007');
    expect(firstControlCharacter('nul\u0000')).toBe('\u0000');
    expect(firstControlCharacter('c1\u0085')).toBe('\u0085');
  });

  it('counts an emoji as one character, not two UTF-16 units', () => {
    expect('été 😀'.length).toBe(6);
    expect(characterCount('été 😀')).toBe(5);
  });
});
