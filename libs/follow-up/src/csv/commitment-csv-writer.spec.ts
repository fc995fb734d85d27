import type { CommitmentCsvFields } from './commitment-csv-columns';
import { COMMITMENT_CSV_COLUMNS } from './commitment-csv-columns';
import { readCommitmentsCsv } from './commitment-csv-reader';
import { writeCommitmentsCsv, type CommitmentCsvRecord } from './commitment-csv-writer';

const record = (overrides: Partial<CommitmentCsvRecord> = {}): CommitmentCsvRecord => ({
  id: '7b0c1c9e-54a4-4c62-9d3f-0a3c8f1d2e11',
  externalId: 'C-1',
  recommendation: 'REC-7',
  parentExternalId: null,
  titleFr: 'Guichet unique',
  titleEn: 'One-stop desk',
  descriptionFr: null,
  descriptionEn: null,
  department: 'Solidarités',
  ownerEmail: null,
  startDate: '2025-01-15',
  dueDate: '2025-12-31',
  status: 'in_progress',
  statusReason: null,
  progress: 40,
  weight: 1,
  published: false,
  lastUpdateAt: new Date('2025-06-01T08:30:00.000Z'),
  overdue: false,
  stale: true,
  ...overrides,
});

/** What reading a record back should set: every importable field that is not null. */
function fieldsOf(written: CommitmentCsvRecord): CommitmentCsvFields {
  const fields: CommitmentCsvFields = {
    recommendation: written.recommendation ?? undefined,
    parentExternalId: written.parentExternalId ?? undefined,
    titleFr: written.titleFr,
    titleEn: written.titleEn,
    descriptionFr: written.descriptionFr ?? undefined,
    descriptionEn: written.descriptionEn ?? undefined,
    department: written.department,
    ownerEmail: written.ownerEmail?.toLowerCase(),
    startDate: written.startDate,
    dueDate: written.dueDate,
    status: written.status,
    statusReason: written.statusReason ?? undefined,
    progress: written.progress,
    weight: written.weight,
    published: written.published,
  };
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as CommitmentCsvFields;
}

/** The cells of each line, for files without quoted cells. */
const lines = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n');

describe('writing commitments', () => {
  it('writes a BOM, the header and one CRLF line per commitment', () => {
    const csv = writeCommitmentsCsv([
      record(),
      record({
        id: '0d6f5a52-6a3b-4d55-8d43-2b8f1ac0e0a9',
        externalId: null,
        parentExternalId: 'C-1',
        ownerEmail: 'Ana.Lopez@Lyon.FR',
        status: 'done',
        progress: 100,
        weight: 3,
        published: true,
        overdue: true,
        stale: false,
      }),
    ]);
    expect(csv.startsWith('\uFEFFid,external_id,')).toBe(true);
    expect(lines(csv)).toEqual([
      COMMITMENT_CSV_COLUMNS.join(','),
      '7b0c1c9e-54a4-4c62-9d3f-0a3c8f1d2e11,C-1,REC-7,,Guichet unique,One-stop desk,,,Solidarités,,' +
        '2025-01-15,2025-12-31,in_progress,,40,1,false,2025-06-01T08:30:00.000Z,false,true',
      '0d6f5a52-6a3b-4d55-8d43-2b8f1ac0e0a9,,REC-7,C-1,Guichet unique,One-stop desk,,,Solidarités,' +
        'ana.lopez@lyon.fr,2025-01-15,2025-12-31,done,,100,3,true,2025-06-01T08:30:00.000Z,true,false',
      '',
    ]);
  });

  it('writes the header alone when there is nothing to export', () => {
    expect(writeCommitmentsCsv([])).toBe(`\uFEFF${COMMITMENT_CSV_COLUMNS.join(',')}\r\n`);
  });

  it('quotes only the cells that need it', () => {
    const [, row] = lines(
      writeCommitmentsCsv([
        record({
          titleFr: 'Accueil, orientation',
          titleEn: 'The "desk"',
          department: 'Plain; text',
        }),
      ]),
    );
    expect(row).toContain(',"Accueil, orientation","The ""desk""",,,Plain; text,');
  });

  it('quotes a cell with line breaks, keeping them as they are', () => {
    const csv = writeCommitmentsCsv([record({ descriptionFr: 'un\ndeux\r\ntrois\rquatre' })]);
    expect(csv).toContain(',"un\ndeux\r\ntrois\rquatre",');
  });

  it.each([
    ['=HYPERLINK("http://evil.example")', `"'=HYPERLINK(""http://evil.example"")"`],
    ['+33 1 23 45 67 89', "'+33 1 23 45 67 89"],
    ['-1', "'-1"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\tTAB', "'\tTAB"],
    ['\rCR', `"'\rCR"`],
    ['a=b', 'a=b'],
  ])('writes the text %j as %j, which no spreadsheet runs', (value, cell) => {
    const [, row] = lines(writeCommitmentsCsv([record({ titleEn: value })]));
    expect(row).toContain(`,Guichet unique,${cell},`);
  });

  it('escapes formulas in every text column, identifiers included', () => {
    const [, row] = lines(
      writeCommitmentsCsv([
        record({
          externalId: '=1',
          recommendation: '+2',
          parentExternalId: '-3',
          department: '@4',
        }),
      ]),
    );
    expect(row).toContain(",'=1,'+2,'-3,Guichet unique,");
    expect(row).toContain(",'@4,");
  });

  it('reads back what it writes', () => {
    const records = [
      record(),
      record({
        externalId: '-C-2',
        recommendation: '=REC',
        parentExternalId: 'C-1',
        titleFr: 'Été « solidaire », 2025 ; 😀',
        titleEn: '@city "summer"',
        descriptionFr: 'Premier point,\r\n\tdétail\nfin',
        descriptionEn: '+ more',
        department: 'Direction, "Accueil"',
        ownerEmail: 'Ana.Lopez@Lyon.FR',
        startDate: '2024-02-29',
        status: 'abandoned',
        statusReason: "Budget coupé ; l'élu a changé",
        progress: 0,
        weight: 100,
        published: true,
      }),
      record({ externalId: 'C-3', status: 'not_started', progress: 100, statusReason: '-' }),
      record({ externalId: 'C-4', status: 'done' }),
      record({ externalId: 'C-5', status: 'delayed' }),
    ];
    const result = readCommitmentsCsv(writeCommitmentsCsv(records));
    expect(result.fileProblems).toEqual([]);
    expect(result.rows).toEqual(
      records.map((written, index) => ({
        // The second commitment's description runs over three lines.
        line: index + 2 + (index > 1 ? 2 : 0),
        externalId: written.externalId,
        fields: fieldsOf(written),
        problems: [],
      })),
    );
  });

  it('writes commitments without an external id, which an import then refuses', () => {
    const { rows } = readCommitmentsCsv(writeCommitmentsCsv([record({ externalId: null })]));
    expect(rows[0].problems.map((problem) => problem.code)).toEqual(['EXTERNAL_ID_REQUIRED']);
  });
});
