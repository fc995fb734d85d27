import { MembershipRole, type User } from '@inclusion/identity';
import type { Tenant } from '@inclusion/tenancy';
import { startApi, type ApiHarness } from './harness';

const text = (words: string) => ({ fr: `${words} (fr)`, en: words });

const IMPORT = `mutation($input: ImportCommitmentsInput!) { importCommitments(input: $input) {
  dryRun created updated unchanged rejected
  fileProblems { column code message }
  rows { line externalId action commitmentId problems { column code message } } } }`;
const EXPORT = `{ commitmentsCsv { filename contentType content } }`;
const COMMITMENTS = `{ commitments(first: 10) { edges { node { id externalId progress status
  department ownerId publishedAt milestones { externalId weight progress } } } } }`;

interface Report {
  dryRun: boolean;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  fileProblems: { column: string | null; code: string; message: string }[];
  rows: {
    line: number;
    externalId: string | null;
    action: string;
    commitmentId: string | null;
    problems: { column: string | null; code: string; message: string }[];
  }[];
}

/**
 * Commitments in bulk: a coordinator's spreadsheet (French, semicolons) goes in row by row, each
 * row whole or not at all, with a report of what was rejected and why; the export reads back.
 */
describe('commitments by CSV', () => {
  let api: ApiHarness;
  let city: Tenant;
  let people: Record<string, User>;
  let tokens: Record<string, string>;

  const as = <T = Record<string, unknown>>(
    who: string,
    query: string,
    variables: Record<string, unknown> = {},
  ) => api.client.ok<T>(query, variables, { token: tokens[who], tenant: city.slug });
  const importCsv = async (csv: string, dryRun = false) =>
    (
      await api.client.ok<{ importCommitments: Report }>(
        IMPORT,
        { input: { csv, dryRun } },
        { token: tokens.coordinator, tenant: city.slug, locale: 'fr' },
      )
    ).importCommitments;
  const stored = async () =>
    (
      await as<{
        commitments: {
          edges: {
            node: {
              externalId: string;
              progress: number;
              status: string;
              department: string;
              ownerId: string;
              publishedAt: string | null;
              milestones: { externalId: string; weight: number; progress: number }[];
            };
          }[];
        };
      }>('coordinator', COMMITMENTS)
    ).commitments.edges.map((edge) => edge.node);

  const recommendation = async (externalId: string, accepted: boolean) => {
    const created = await as<{ createRecommendation: { id: string } }>(
      'coordinator',
      `mutation($input: CreateRecommendationInput!) { createRecommendation(input: $input) { id } }`,
      {
        input: {
          editionId: await edition(),
          title: text(externalId),
          body: text('Body'),
          theme: 'INFORMATION_ACCESS',
          externalId,
        },
      },
    );
    const id = created.createRecommendation.id;
    for (const status of ['ADOPTED', 'SUBMITTED']) {
      await as(
        'coordinator',
        `mutation($id: ID!, $s: RecommendationStatus!) { advanceRecommendation(id: $id, status: $s) { id } }`,
        { id, s: status },
      );
    }
    if (accepted) {
      await as(
        'coordinator',
        `mutation($input: AnswerRecommendationInput!) { answerRecommendation(input: $input) { id } }`,
        { input: { recommendationId: id, decision: 'ACCEPTED' } },
      );
    }
  };
  let editionId: string | undefined;
  const edition = async () => {
    if (editionId) return editionId;
    const templateVersionId = await api.factories.builtInTemplate(tokens.coordinator);
    editionId = (
      await as<{ createEdition: { id: string } }>(
        'coordinator',
        `mutation($input: CreateEditionInput!) { createEdition(input: $input) { id } }`,
        { input: { name: 'Edition', templateVersionId, startDate: '2024-02-05' } },
      )
    ).createEdition.id;
    return editionId;
  };

  const HEADER =
    'external_id;recommendation;parent_external_id;title_fr;title_en;department;owner_email;' +
    'start_date;due_date;status;progress;weight;published';
  let file: string;

  beforeAll(async () => {
    api = await startApi();
    city = await api.factories.newTenant({ name: 'Grenoble' });
    ({ people, tokens } = await api.factories.cast(city, {
      coordinator: MembershipRole.Coordinator,
      facilitator: MembershipRole.Facilitator,
      official: MembershipRole.Observer,
    }));
    await recommendation('R1', true);
    await recommendation('R2', false);
    const owner = people.official.email.toUpperCase();
    file = [
      HEADER,
      `C1;R1;;Guide d'accueil;Welcome guide;Accueil;${owner};01/09/2025;30/06/2026;en cours;20 %;;oui`,
      `C1-M1;;C1;Version FALC;Easy-read version;;;;;;50;2;`,
      `C2;R2;;Carte citoyenne;Citizenship card;Citoyenneté;${owner};2025-09-01;2026-06-30;;;;`,
      `C3;R1;;Parrainage;Sponsorship;Cohésion;nobody@example.org;2025-09-01;2026-06-30;;;;`,
      `C4;R1;;Interprètes;;Accueil;${owner};2025-09-01;2026-06-30;;;;`,
      `C5;R1;;Signalétique;Signage;Voirie;${owner};2025-13-01;2026-06-30;;;;`,
      `C6;R1;;Traduction;Translation;Accueil;${owner};2026-09-01;2026-06-30;;;;`,
      `M2;;NOPE;Étape;Step;;;;;;;;`,
    ].join('\r\n');
  });

  afterAll(() => api.close());

  it('rehearses an import without keeping anything', async () => {
    const report = await importCsv(file, true);
    expect(report).toMatchObject({ dryRun: true, created: 2, rejected: 6 });
    expect(await stored()).toEqual([]);
  });

  it('applies the valid rows and says why each other one was rejected', async () => {
    const report = await importCsv(file);
    expect(report).toMatchObject({ dryRun: false, created: 2, updated: 0, rejected: 6 });
    const byId: Record<string, Report['rows'][number]> = Object.fromEntries(
      report.rows.map((row) => [row.externalId, row]),
    );
    expect(report.rows.map((row) => row.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    const codes = (externalId: string) => byId[externalId].problems.map((p) => p.code);
    expect(codes('C2')).toEqual(['RECOMMENDATION_NOT_ACCEPTED']);
    expect(codes('C3')).toEqual(['UNKNOWN_OWNER']);
    expect(byId.C4.problems).toEqual([
      expect.objectContaining({ column: 'title_en', code: 'REQUIRED_TO_CREATE' }),
    ]);
    expect(codes('C5')).toEqual(['INVALID_DATE']);
    expect(codes('C6')).toEqual(['INVALID_DATE_RANGE']);
    expect(codes('M2')).toEqual(['UNKNOWN_PARENT']);
    // In the coordinator's language.
    expect(byId.C3.problems[0].message).toMatch(/membre actif/);

    const [guide] = await stored();
    expect(guide).toMatchObject({
      externalId: 'C1',
      department: 'Accueil',
      ownerId: people.official.id,
      status: 'IN_PROGRESS',
      // Its one milestone, at 50, is what its progress rolls up from.
      progress: 50,
      milestones: [{ externalId: 'C1-M1', weight: 2, progress: 50 }],
    });
    expect(guide.publishedAt).not.toBeNull();
  });

  it('reads its own export back, and updates by external id', async () => {
    const exported = (
      await as<{ commitmentsCsv: { filename: string; contentType: string; content: string } }>(
        'coordinator',
        EXPORT,
      )
    ).commitmentsCsv;
    expect(exported.filename).toMatch(
      new RegExp(`^commitments-${city.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv$`),
    );
    expect(exported.content.startsWith('\uFEFFid,external_id,recommendation')).toBe(true);
    expect(exported.content).toContain(people.official.email);

    const again = await importCsv(exported.content);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2, rejected: 0 });

    const edited = exported.content.replace(',Accueil,', ',Accueil et citoyenneté,');
    const update = await importCsv(edited);
    expect(update).toMatchObject({ created: 0, updated: 1, unchanged: 1, rejected: 0 });
    expect((await stored())[0].department).toBe('Accueil et citoyenneté');

    const moved = await importCsv(`external_id,recommendation\r\nC1,R2`);
    expect(moved.rows[0].problems.map((p) => p.code)).toEqual(['CANNOT_MOVE']);
  });

  it('refuses a file it cannot read as a whole, applying nothing', async () => {
    const report = await importCsv(`external_id,colour\r\nC1,blue`);
    expect(report.fileProblems.map((p) => [p.code, p.column])).toEqual([
      ['UNKNOWN_COLUMN', 'colour'],
    ]);
    expect(report.rows).toEqual([]);
  });

  it('is the coordinators’ alone', async () => {
    const refused = await api.client.request(
      IMPORT,
      { input: { csv: HEADER } },
      {
        token: tokens.facilitator,
        tenant: city.slug,
      },
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const exported = await api.client.request(
      EXPORT,
      {},
      { token: tokens.official, tenant: city.slug },
    );
    expect(exported.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
