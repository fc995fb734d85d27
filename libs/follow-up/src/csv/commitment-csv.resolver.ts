import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Ctx, type RequestContext } from '@inclusion/identity';
import { todayIn } from '@inclusion/editions';
import { CommitmentExportService } from './commitment-export.service';
import { CommitmentImportService, ImportAction } from './commitment-import.service';
import {
  CommitmentsCsvArgs,
  CsvFileType,
  ImportCommitmentsInput,
  ImportReportType,
} from './commitment-csv.types';
import type { CsvProblem } from './csv-problems';

@Resolver()
export class CommitmentCsvResolver {
  constructor(
    private readonly importer: CommitmentImportService,
    private readonly exporter: CommitmentExportService,
  ) {}

  @Access.inTenant('update', 'Commitment')
  @Query(() => CsvFileType, {
    description: 'The city’s commitments and milestones as CSV, the file an import reads back.',
  })
  async commitmentsCsv(@Ctx() ctx: RequestContext, @Args() args: CommitmentsCsvArgs) {
    const tenant = ctx.requireTenant();
    return {
      filename: `commitments-${tenant.slug}-${todayIn(tenant.timeZone)}.csv`,
      contentType: 'text/csv; charset=utf-8',
      content: await this.exporter.export(ctx.em, tenant, args.editionId),
    };
  }

  @Access.inTenant('update', 'Commitment')
  @Mutation(() => ImportReportType, {
    description:
      'Creates and updates commitments in bulk from a CSV file, by external id. Valid rows are ' +
      'applied, each whole; the others are reported with why.',
  })
  async importCommitments(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ImportCommitmentsInput,
  ): Promise<ImportReportType> {
    const report = await this.importer.import(
      ctx.em,
      ctx.requireActor().user.id,
      input.csv,
      !!input.dryRun,
    );
    const inLanguage = (problem: CsvProblem) => ({
      column: problem.column,
      code: problem.code,
      message: problem.messages[ctx.locale],
    });
    const count = (action: ImportAction) =>
      report.rows.filter((row) => row.action === action).length;
    return {
      dryRun: report.dryRun,
      created: count(ImportAction.Created),
      updated: count(ImportAction.Updated),
      unchanged: count(ImportAction.Unchanged),
      rejected: count(ImportAction.Rejected),
      fileProblems: report.fileProblems.map(inLanguage),
      rows: report.rows.map((row) => ({ ...row, problems: row.problems.map(inLanguage) })),
    };
  }
}
