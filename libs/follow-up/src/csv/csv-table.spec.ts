import { detectDelimiter, readCsvTable, type CsvTable } from './csv-table';

const linesAndCells = (table: CsvTable) => ({
  header: table.header,
  records: table.records.map(({ line, cells }) => [line, ...cells]),
});

describe('CSV table', () => {
  it.each([
    ['external_id;title_fr;title_en', ';'],
    ['external_id,title_fr,title_en', ','],
    ['external_id;title_fr,title_en,department', ','],
    ['external_id', ','],
    ['\n\n  \nexternal_id;title_fr\na,b,c,d,e', ';'],
  ])('takes the delimiter of %j to be %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it('reads a French Excel file: byte order mark, semicolons, CRLF, commas inside cells', () => {
    const table = readCsvTable('\uFEFFexternal_id;title_fr\r\nC-1;Accueil, orientation\r\n');
    expect(table.problem).toBeNull();
    expect(table.header).toEqual({ line: 1, cells: ['external_id', 'title_fr'] });
    expect(table.records).toEqual([{ line: 2, cells: ['C-1', 'Accueil, orientation'] }]);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])(
    'numbers records by the line they start on with %s, across quoted line breaks and blank lines',
    (_name, eol) => {
      const text = [
        'a,b',
        `1,"first${eol}second${eol}third"`,
        '',
        '   ',
        ',',
        '2,"x"',
        `"3${eol}",y`,
        '4,z',
      ].join(eol);
      expect(linesAndCells(readCsvTable(text))).toEqual({
        header: { line: 1, cells: ['a', 'b'] },
        records: [
          [2, '1', `first${eol}second${eol}third`],
          [8, '2', 'x'],
          [9, '3' + eol, 'y'],
          [11, '4', 'z'],
        ],
      });
    },
  );

  it('reads a file whose lines end differently, as files pasted together do', () => {
    const table = readCsvTable('a,b\r\n1,"x\ny"\n2,z\r3,w\r\n');
    expect(linesAndCells(table).records).toEqual([
      [2, '1', 'x\ny'],
      [4, '2', 'z'],
      [5, '3', 'w'],
    ]);
  });

  it('counts lines after a blank start and a multi-line header', () => {
    const table = readCsvTable('\r\n\r\n"a\r\nstill a",b\r\n1,2');
    expect(table.header).toEqual({ line: 3, cells: ['a\r\nstill a', 'b'] });
    expect(table.records).toEqual([{ line: 5, cells: ['1', '2'] }]);
  });

  it('keeps rows of another width for the caller to refuse', () => {
    expect(readCsvTable('a,b\n1\n1,2,3').records).toEqual([
      { line: 2, cells: ['1'] },
      { line: 3, cells: ['1', '2', '3'] },
    ]);
  });

  it('trims spaces around quoted cells rather than refusing the file', () => {
    expect(readCsvTable('a,b\n "x" , "y z" ').records).toEqual([{ line: 2, cells: ['x', 'y z'] }]);
  });

  it('has no header and no records for an empty or blank text', () => {
    expect(readCsvTable('')).toEqual({ header: null, records: [], problem: null });
    expect(readCsvTable('\uFEFF\r\n;;;\r\n')).toEqual({ header: null, records: [], problem: null });
  });

  it.each([
    ['a quote never closed', 'a,b\n1,2\n\n3,"open\nstill open\n4,5\n', 4, 'CSV_QUOTE_NOT_CLOSED'],
    [
      'a quote never closed, CRLF',
      'a,b\r\n1,"x\r\ny"\r\n3,"open\r\n4,5\r\n',
      4,
      'CSV_QUOTE_NOT_CLOSED',
    ],
    ['text after a closing quote', 'a,b\n1,2\n3,"x"y\n', 3, 'CSV_INVALID_CLOSING_QUOTE'],
    ['a quote inside a bare cell', 'a,b\n1,2\n3,4\n5,x"y"\n', 4, 'INVALID_OPENING_QUOTE'],
  ])('refuses the file for %s, naming the line', (_name, text, line, parserCode) => {
    const table = readCsvTable(text);
    expect(table.records).toEqual([]);
    expect(table.problem).toMatchObject({
      column: null,
      code: 'MALFORMED_CSV',
      details: { line, parserCode },
    });
    expect(table.problem?.messages.fr).toContain(`ligne ${line}`);
    expect(table.problem?.messages.en).toContain(`line ${line}`);
  });
});
