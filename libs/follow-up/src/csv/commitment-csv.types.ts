import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { graphqlEnum } from '@inclusion/graphql';
import { COMMITMENT_CSV_MAX_BYTES } from './commitment-csv-reader';
import { ImportAction } from './commitment-import.service';

const ImportActionEnum = graphqlEnum(ImportAction, 'CommitmentImportAction');

@ObjectType('CsvProblem', { description: 'What is wrong with a file, or with one of its rows.' })
export class CsvProblemType {
  @Field(() => String, { nullable: true, description: 'The column it is about, if one.' })
  column?: string | null;
  @Field(() => String, { description: 'Stable, for programs (INVALID_DATE, UNKNOWN_OWNER…).' })
  code!: string;
  @Field(() => String, { description: 'For the person, in their language.' }) message!: string;
}

@ObjectType('CommitmentImportRow')
export class ImportedRowType {
  @Field(() => Int, { description: 'The line in the file; the header is line 1.' }) line!: number;
  @Field(() => String, { nullable: true }) externalId?: string | null;
  @Field(() => ImportActionEnum) action!: ImportAction;
  @Field(() => ID, { nullable: true }) commitmentId?: string | null;
  @Field(() => [CsvProblemType]) problems!: CsvProblemType[];
}

@ObjectType('CommitmentImportReport', {
  description: 'What an import did, row by row; a rejected row changed nothing.',
})
export class ImportReportType {
  @Field(() => Boolean, { description: 'Nothing was kept: a rehearsal.' }) dryRun!: boolean;
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
  @Field(() => Int) unchanged!: number;
  @Field(() => Int) rejected!: number;
  @Field(() => [CsvProblemType], { description: 'Problems of the whole file: nothing was read.' })
  fileProblems!: CsvProblemType[];
  @Field(() => [ImportedRowType]) rows!: ImportedRowType[];
}

@InputType()
export class ImportCommitmentsInput {
  @Field(() => String, {
    description:
      'The file’s text, as exported (comma or semicolon separated, UTF-8), keyed by external_id.',
  })
  @IsString()
  @MaxLength(COMMITMENT_CSV_MAX_BYTES)
  csv!: string;
  @Field(() => Boolean, { nullable: true, description: 'Reports without keeping anything.' })
  @IsOptional()
  @IsBoolean()
  dryRun?: boolean | null;
}

@ObjectType('CsvFile')
export class CsvFileType {
  @Field(() => String) filename!: string;
  @Field(() => String) contentType!: string;
  @Field(() => String, {
    description: 'UTF-8 with a byte order mark, so spreadsheets read accents.',
  })
  content!: string;
}

@ArgsType()
export class CommitmentsCsvArgs {
  @Field(() => ID, { nullable: true, description: 'One edition’s; every one when left out.' })
  @IsOptional()
  @IsUUID()
  editionId?: string | null;
}
