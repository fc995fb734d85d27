import {
  COMMITMENT_CSV_MAX_BYTES,
  COMMITMENT_CSV_MAX_ROWS,
  readCommitmentsCsv,
} from './commitment-csv-reader';

const HEADER =
  'external_id,recommendation,parent_external_id,title_fr,title_en,description_fr,description_en,' +
  'department,owner_email,start_date,due_date,status,status_reason,progress,weight,published';

/** A file with the given header and rows, each row a list of cells joined as they are. */
const file = (header: string, ...rows: string[]) => [header, ...rows].join('\n');

/** A one-row file setting a single column besides the external id. */
const single = (column: string, value: string) => file(`external_id,${column}`, `C-1,${value}`);

const codes = (text: string) => readCommitmentsCsv(text).rows.flatMap((row) => row.problems);

describe('reading a commitments file', () => {
  it('reads every column of an English file', () => {
    const result = readCommitmentsCsv(
      file(
        HEADER,
        'C-1,REC-7,,Guichet unique,One-stop desk,"Un lieu, un accueil",One place,' +
          'Solidarités,Ana.Lopez@Lyon.fr,2025-01-15,2025-12-31,in_progress,,40,3,true',
      ),
    );
    expect(result).toEqual({
      fileProblems: [],
      rows: [
        {
          line: 2,
          externalId: 'C-1',
          problems: [],
          fields: {
            recommendation: 'REC-7',
            titleFr: 'Guichet unique',
            titleEn: 'One-stop desk',
            descriptionFr: 'Un lieu, un accueil',
            descriptionEn: 'One place',
            department: 'Solidarités',
            ownerEmail: 'ana.lopez@lyon.fr',
            startDate: '2025-01-15',
            dueDate: '2025-12-31',
            status: 'in_progress',
            progress: 40,
            weight: 3,
            published: true,
          },
        },
      ],
    });
  });

  it('reads a French Excel file: BOM, semicolons, CRLF, French dates, statuses and booleans', () => {
    const result = readCommitmentsCsv(
      [
        '\uFEFF External_ID ;TITLE_FR;Start_Date;due_date;status;status_reason;progress;published',
        'J-1;Jalon, premier;05/03/2025;31/12/2025;En cours;;40 %;oui',
        'J-2;Jalon 2;1/9/2025;2026-01-31;TERMINÉ;;100%;VRAI',
        'J-3;Jalon 3;;;non commencé;;0;non',
        'J-4;Jalon 4;;;Abandonne;"Budget ; coupé";;FAUX',
        'J-5;Jalon 5;;;en retard;;;',
      ].join('\r\n'),
    );
    expect(result.fileProblems).toEqual([]);
    expect(
      result.rows.map(({ line, externalId, fields, problems }) => [
        line,
        externalId,
        fields,
        problems,
      ]),
    ).toEqual([
      [
        2,
        'J-1',
        {
          titleFr: 'Jalon, premier',
          startDate: '2025-03-05',
          dueDate: '2025-12-31',
          status: 'in_progress',
          progress: 40,
          published: true,
        },
        [],
      ],
      [
        3,
        'J-2',
        {
          titleFr: 'Jalon 2',
          startDate: '2025-09-01',
          dueDate: '2026-01-31',
          status: 'done',
          progress: 100,
          published: true,
        },
        [],
      ],
      [4, 'J-3', { titleFr: 'Jalon 3', status: 'not_started', progress: 0, published: false }, []],
      [
        5,
        'J-4',
        {
          titleFr: 'Jalon 4',
          status: 'abandoned',
          statusReason: 'Budget ; coupé',
          published: false,
        },
        [],
      ],
      [6, 'J-5', { titleFr: 'Jalon 5', status: 'delayed' }, []],
    ]);
  });

  it('leaves out the fields whose cells are empty or blank, and trims the others', () => {
    const { rows } = readCommitmentsCsv(file(HEADER, '  C-1  ,,, Titre ,,"   ",,,,,,,,,,'));
    expect(rows).toEqual([
      { line: 2, externalId: 'C-1', fields: { titleFr: 'Titre' }, problems: [] },
    ]);
  });

  it('reads a milestone and its parent, in any column order', () => {
    const { rows } = readCommitmentsCsv(
      file('title_en,parent_external_id,weight,external_id', 'Step one,C-1,5,C-1.1'),
    );
    expect(rows[0]).toMatchObject({
      externalId: 'C-1.1',
      fields: { titleEn: 'Step one', parentExternalId: 'C-1', weight: 5 },
      problems: [],
    });
  });

  it('ignores the columns only an export fills, whatever they hold', () => {
    const { rows, fileProblems } = readCommitmentsCsv(
      file('ID,external_id,last_update_at,Overdue,stale', 'not-a-uuid,C-1,yesterday,maybe,\u0007'),
    );
    expect(fileProblems).toEqual([]);
    expect(rows).toEqual([{ line: 2, externalId: 'C-1', fields: {}, problems: [] }]);
  });

  it('skips columns without a name, as spreadsheets add at the end', () => {
    const { rows, fileProblems } = readCommitmentsCsv('external_id;title_fr;;\nC-1;Titre;;\n;;;\n');
    expect(fileProblems).toEqual([]);
    expect(rows).toEqual([
      { line: 2, externalId: 'C-1', fields: { titleFr: 'Titre' }, problems: [] },
    ]);
  });

  it('returns no row for a file that has only its header', () => {
    expect(readCommitmentsCsv(`${HEADER}\r\n`)).toEqual({ rows: [], fileProblems: [] });
  });

  describe('header problems stop the whole file', () => {
    it('refuses an unknown column, by its name', () => {
      const result = readCommitmentsCsv(file('external_id,titel_fr,Owner', 'C-1,x,y'));
      expect(result.rows).toEqual([]);
      expect(result.fileProblems).toEqual([
        expect.objectContaining({ column: 'titel_fr', code: 'UNKNOWN_COLUMN' }),
        expect.objectContaining({ column: 'Owner', code: 'UNKNOWN_COLUMN' }),
      ]);
      expect(result.fileProblems[0].messages.fr).toContain('« titel_fr »');
      expect(result.fileProblems[0].messages.en).toContain('"titel_fr"');
    });

    it('requires the external_id column', () => {
      const result = readCommitmentsCsv(file('title_fr,title_en', 'a,b'));
      expect(result.rows).toEqual([]);
      expect(result.fileProblems).toEqual([
        expect.objectContaining({ column: 'external_id', code: 'MISSING_COLUMN' }),
      ]);
    });

    it('requires a header at all', () => {
      expect(readCommitmentsCsv('').fileProblems.map((problem) => problem.code)).toEqual([
        'MISSING_COLUMN',
      ]);
    });

    it('refuses a column given twice, once, even spelt differently', () => {
      const result = readCommitmentsCsv(
        file('external_id,Title_FR, title_fr ,TITLE_FR,stale,stale', 'C-1,a,b,c,,'),
      );
      expect(result.rows).toEqual([]);
      expect(result.fileProblems).toEqual([
        expect.objectContaining({ column: 'title_fr', code: 'DUPLICATE_COLUMN' }),
        expect.objectContaining({ column: 'stale', code: 'DUPLICATE_COLUMN' }),
      ]);
    });
  });

  describe('row problems refuse that row only', () => {
    const long = (length: number) => 'x'.repeat(length);

    it.each([
      ['external_id', long(101), 'TOO_LONG'],
      ['recommendation', long(101), 'TOO_LONG'],
      ['parent_external_id', long(101), 'TOO_LONG'],
      ['title_fr', long(301), 'TOO_LONG'],
      ['title_en', long(301), 'TOO_LONG'],
      ['description_fr', long(4001), 'TOO_LONG'],
      ['description_en', long(4001), 'TOO_LONG'],
      ['department', long(201), 'TOO_LONG'],
      ['status_reason', long(2001), 'TOO_LONG'],
      ['owner_email', 'ana.lopez', 'INVALID_EMAIL'],
      ['owner_email', 'Ana <ana@lyon.fr>', 'INVALID_EMAIL'],
      ['start_date', '2025-02-29', 'INVALID_DATE'],
      ['due_date', '31/04/2025', 'INVALID_DATE'],
      ['due_date', '12/31/2025', 'INVALID_DATE'],
      ['status', 'finished', 'INVALID_STATUS'],
      ['progress', '101', 'INVALID_PROGRESS'],
      ['progress', '12.5', 'INVALID_PROGRESS'],
      ['weight', '0', 'INVALID_WEIGHT'],
      ['weight', '101', 'INVALID_WEIGHT'],
      ['published', 'peut-être', 'INVALID_BOOLEAN'],
      ['title_fr', 'Titre\u0007', 'INVALID_TEXT'],
      ['owner_email', 'ana@lyon.fr\u0000', 'INVALID_TEXT'],
    ])('refuses %s %j with %s', (column, value, code) => {
      const header = column === 'external_id' ? 'external_id,title_fr' : `external_id,${column}`;
      const row = column === 'external_id' ? `${value},Titre` : `C-1,${value}`;
      const [parsed] = readCommitmentsCsv(file(header, row)).rows;
      expect(parsed.problems).toEqual([expect.objectContaining({ column, code })]);
      expect(parsed.fields).toEqual(column === 'external_id' ? { titleFr: 'Titre' } : {});
    });

    it.each([
      ['external_id', 'x'.repeat(100)],
      ['title_fr', 'é'.repeat(300)],
      ['description_en', 'x'.repeat(4000)],
      ['department', '😀'.repeat(200)],
      ['status_reason', 'x'.repeat(2000)],
    ])('accepts %s at its longest', (column, value) => {
      const header = column === 'external_id' ? 'external_id' : `external_id,${column}`;
      const row = column === 'external_id' ? value : `C-1,${value}`;
      expect(codes(file(header, row))).toEqual([]);
    });

    it('requires an external id on every row, and gives the row no key without one', () => {
      const { rows } = readCommitmentsCsv(file('external_id,title_fr', ',Titre', '  ,Autre'));
      expect(
        rows.map((row) => [row.line, row.externalId, row.problems.map((p) => p.code)]),
      ).toEqual([
        [2, null, ['EXTERNAL_ID_REQUIRED']],
        [3, null, ['EXTERNAL_ID_REQUIRED']],
      ]);
      expect(rows[0].problems[0].column).toBe('external_id');
    });

    it('gives a too long or broken external id no key', () => {
      const { rows } = readCommitmentsCsv(file('external_id', 'x'.repeat(101), 'C\u0001'));
      expect(rows.map((row) => row.externalId)).toEqual([null, null]);
    });

    it('lets descriptions hold tabs and line breaks', () => {
      const [row] = readCommitmentsCsv(
        file('external_id,description_fr', 'C-1,"Premier point\r\n\tdétail\nsuite"'),
      ).rows;
      expect(row.problems).toEqual([]);
      expect(row.fields.descriptionFr).toBe('Premier point\r\n\tdétail\nsuite');
    });

    it('names the control character it refuses', () => {
      const [problem] = codes(single('title_en', 'Ti\u001Btle'));
      expect(problem.details).toEqual({ codePoint: 'U+001B' });
      expect(problem.messages.fr).toContain('U+001B');
      expect(problem.messages.en).toContain('U+001B');
    });

    it('reports every problem of a row, and reads the other rows', () => {
      const { rows } = readCommitmentsCsv(
        file(
          'external_id,start_date,status,progress,weight,published',
          ',2025-02-30,ok,x,0,si',
          'C-2,2025-02-28,done,100,1,no',
        ),
      );
      expect(rows[0].problems.map((problem) => [problem.column, problem.code])).toEqual([
        ['external_id', 'EXTERNAL_ID_REQUIRED'],
        ['start_date', 'INVALID_DATE'],
        ['status', 'INVALID_STATUS'],
        ['progress', 'INVALID_PROGRESS'],
        ['weight', 'INVALID_WEIGHT'],
        ['published', 'INVALID_BOOLEAN'],
      ]);
      expect(rows[1]).toEqual({
        line: 3,
        externalId: 'C-2',
        fields: {
          startDate: '2025-02-28',
          status: 'done',
          progress: 100,
          weight: 1,
          published: false,
        },
        problems: [],
      });
    });

    it('refuses a row with another number of cells than the header, whole', () => {
      const { rows } = readCommitmentsCsv(
        file(
          'external_id,title_fr,title_en',
          'C-1,Titre',
          'C-2,Titre,Title,extra',
          'C-3,Titre,Title',
        ),
      );
      expect(rows.map((row) => [row.line, row.externalId, row.fields, row.problems])).toEqual([
        [
          2,
          null,
          {},
          [
            expect.objectContaining({
              column: null,
              code: 'WRONG_CELL_COUNT',
              details: { expected: 3, actual: 2 },
            }),
          ],
        ],
        [
          3,
          null,
          {},
          [
            expect.objectContaining({
              code: 'WRONG_CELL_COUNT',
              details: { expected: 3, actual: 4 },
            }),
          ],
        ],
        [4, 'C-3', { titleFr: 'Titre', titleEn: 'Title' }, []],
      ]);
    });

    it('refuses the second and later rows with an external id already used, naming the first line', () => {
      const { rows } = readCommitmentsCsv(
        file(
          'external_id,title_fr',
          'C-1,Un',
          'c-1,Autre clé',
          '',
          'C-1,Deux',
          'C-2,Trois',
          'C-1,Quatre',
        ),
      );
      expect(
        rows.map((row) => [row.line, row.externalId, row.problems.map((p) => p.code)]),
      ).toEqual([
        [2, 'C-1', []],
        [3, 'c-1', []],
        [5, 'C-1', ['DUPLICATE_EXTERNAL_ID']],
        [6, 'C-2', []],
        [7, 'C-1', ['DUPLICATE_EXTERNAL_ID']],
      ]);
      const problem = rows[4].problems[0];
      expect(problem).toMatchObject({ column: 'external_id', details: { firstLine: 2 } });
      expect(problem.messages.fr).toContain('ligne 2');
      expect(problem.messages.en).toContain('line 2');
    });
  });

  describe('messages', () => {
    it('name the column and the value, in French and in English', () => {
      const [problem] = codes(single('due_date', '2025-02-30'));
      expect(problem.messages.fr).toContain('due_date');
      expect(problem.messages.fr).toContain('« 2025-02-30 »');
      expect(problem.messages.en).toContain('due_date');
      expect(problem.messages.en).toContain('"2025-02-30"');
      expect(problem.messages.fr).not.toBe(problem.messages.en);
    });

    it('cut values to 60 characters', () => {
      const value = `${'a'.repeat(60)}${'Q'.repeat(40)}`;
      const [problem] = codes(single('status', value));
      for (const message of [problem.messages.fr, problem.messages.en]) {
        expect(message).toContain(`${'a'.repeat(60)}…`);
        expect(message).not.toContain('Q');
      }
    });

    it('exist in French and in English for every code', () => {
      const problems = [
        ...codes(file('external_id,title_fr,title_en', ',x\u0002,y', 'C-2,a')),
        ...codes(
          file(
            'external_id,title_fr,owner_email,start_date,status,progress,weight,published',
            `C-1,${'x'.repeat(301)},x,x,x,x,x,x`,
            'C-1,,,,,,,',
          ),
        ),
        ...readCommitmentsCsv('title_fr,x,x').fileProblems,
        ...readCommitmentsCsv('external_id\n"x').fileProblems,
        ...readCommitmentsCsv('x'.repeat(COMMITMENT_CSV_MAX_BYTES + 1)).fileProblems,
        ...readCommitmentsCsv(`external_id${'\nC'.repeat(COMMITMENT_CSV_MAX_ROWS + 1)}`)
          .fileProblems,
      ];
      expect(new Set(problems.map((problem) => problem.code))).toEqual(
        new Set([
          'EXTERNAL_ID_REQUIRED',
          'TOO_LONG',
          'INVALID_DATE',
          'INVALID_STATUS',
          'INVALID_PROGRESS',
          'INVALID_WEIGHT',
          'INVALID_BOOLEAN',
          'INVALID_EMAIL',
          'DUPLICATE_EXTERNAL_ID',
          'WRONG_CELL_COUNT',
          'INVALID_TEXT',
          'UNKNOWN_COLUMN',
          'MISSING_COLUMN',
          'DUPLICATE_COLUMN',
          'TOO_MANY_ROWS',
          'FILE_TOO_LARGE',
          'MALFORMED_CSV',
        ]),
      );
      for (const { code, messages } of problems) {
        expect([code, messages.fr.length > 20, messages.en.length > 20]).toEqual([
          code,
          true,
          true,
        ]);
        expect(messages.fr).not.toBe(messages.en);
      }
    });
  });

  describe('formula injection', () => {
    it('takes off the apostrophe an export puts before formula signs', () => {
      const [row] = readCommitmentsCsv(
        file(
          'external_id,title_fr,title_en,department,status_reason',
          `'-12,'=SUM(A1),"'+33 1 23 45 67 89",'@mairie,'L'été`,
        ),
      ).rows;
      expect(row.externalId).toBe('-12');
      expect(row.fields).toEqual({
        titleFr: '=SUM(A1)',
        titleEn: '+33 1 23 45 67 89',
        department: '@mairie',
        statusReason: "'L'été",
      });
    });

    it('checks the value behind the apostrophe', () => {
      const [row] = readCommitmentsCsv(file('external_id,progress', "C-1,'-5")).rows;
      expect(row.problems.map((problem) => problem.code)).toEqual(['INVALID_PROGRESS']);
      expect(row.problems[0].messages.en).toContain('"-5"');
    });
  });

  describe('line numbers', () => {
    it('are those a spreadsheet shows, past quoted line breaks and blank lines', () => {
      const { rows } = readCommitmentsCsv(
        [
          'external_id;description_fr;progress',
          'C-1;"Ligne un',
          'ligne deux',
          'ligne trois";10',
          '',
          ';;',
          'C-2;"";200',
        ].join('\r\n'),
      );
      expect(
        rows.map((row) => [row.line, row.externalId, row.problems.map((p) => p.code)]),
      ).toEqual([
        [2, 'C-1', []],
        [7, 'C-2', ['INVALID_PROGRESS']],
      ]);
    });
  });

  describe('limits', () => {
    const rows = (count: number) =>
      Array.from({ length: count }, (_, index) => `C-${index},Titre ${index}`);

    it(`takes ${COMMITMENT_CSV_MAX_ROWS} rows, not counting blank lines`, () => {
      const result = readCommitmentsCsv(
        file('external_id,title_fr', ...rows(COMMITMENT_CSV_MAX_ROWS), '', ',', ''),
      );
      expect(result.fileProblems).toEqual([]);
      expect(result.rows).toHaveLength(COMMITMENT_CSV_MAX_ROWS);
      expect(result.rows.at(-1)).toMatchObject({ line: COMMITMENT_CSV_MAX_ROWS + 1, problems: [] });
    });

    it('refuses a file of more rows, returning none', () => {
      const result = readCommitmentsCsv(
        file('external_id,title_fr', ...rows(COMMITMENT_CSV_MAX_ROWS + 1)),
      );
      expect(result.rows).toEqual([]);
      expect(result.fileProblems).toEqual([
        expect.objectContaining({
          column: null,
          code: 'TOO_MANY_ROWS',
          details: { rows: COMMITMENT_CSV_MAX_ROWS + 1, limit: COMMITMENT_CSV_MAX_ROWS },
        }),
      ]);
    });

    it('refuses a file over 5 MB, measured in bytes, before reading it', () => {
      // Under the limit in characters, over it in UTF-8 bytes; and unreadable, which is not looked at.
      const text = `external_id,title_fr\nC-1,"${'é'.repeat(COMMITMENT_CSV_MAX_BYTES / 2)}`;
      expect(text.length).toBeLessThan(COMMITMENT_CSV_MAX_BYTES);
      const result = readCommitmentsCsv(text);
      expect(result.rows).toEqual([]);
      expect(result.fileProblems).toEqual([
        expect.objectContaining({
          column: null,
          code: 'FILE_TOO_LARGE',
          details: { bytes: Buffer.byteLength(text), limit: COMMITMENT_CSV_MAX_BYTES },
        }),
      ]);
      expect(result.fileProblems[0].messages.fr).toContain('5 Mo');
    });

    it('reads a file of exactly 5 MB', () => {
      const head = 'external_id,description_fr\nC-1,';
      const text = head + 'x'.repeat(COMMITMENT_CSV_MAX_BYTES - head.length);
      expect(Buffer.byteLength(text)).toBe(COMMITMENT_CSV_MAX_BYTES);
      // Read, and refused for its content only: the description is far over 4,000 characters.
      const result = readCommitmentsCsv(text);
      expect(result.fileProblems).toEqual([]);
      expect(result.rows[0].problems.map((problem) => problem.code)).toEqual(['TOO_LONG']);
    });

    it('refuses a file that is not CSV, naming the line', () => {
      const result = readCommitmentsCsv(
        file('external_id,title_fr', 'C-1,ok', 'C-2,"never closed', 'C-3,x'),
      );
      expect(result.rows).toEqual([]);
      expect(result.fileProblems).toEqual([
        expect.objectContaining({
          column: null,
          code: 'MALFORMED_CSV',
          details: expect.objectContaining({ line: 3 }),
        }),
      ]);
    });
  });
});
