import {
  ArgsType,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  ObjectType,
  PartialType,
  OmitType,
} from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '@inclusion/graphql';

/** Long enough for what a day in a Lab leaves; the logbook is not a report. */
const ENTRY_MAX = 8000;

@ObjectType('LogbookEntry', {
  description:
    'What a participant noted after a step. Its author and the team running the edition read it; ' +
    'the city’s members too once the author shares it.',
})
export class LogbookEntryType {
  @Field(() => ID) id!: string;
  @Field(() => ID) editionId!: string;
  @Field(() => String, { nullable: true, description: 'The phase of the edition, if named.' })
  phaseKey?: string | null;
  @Field(() => String, { nullable: true, description: 'The step in the author’s words.' })
  stepLabel?: string | null;
  @Field(() => String) text!: string;
  @Field(() => String, { nullable: true }) feelings?: string | null;
  @Field(() => String, { nullable: true }) discoveries?: string | null;
  @Field(() => String, { nullable: true }) difficulties?: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) sharedAt?: Date | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
}

@InputType({ description: 'Name the step by a phase key of the edition, a label, or both.' })
export class WriteLogbookEntryInput {
  @Field(() => ID) @IsUUID() editionId!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  phaseKey?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  stepLabel?: string | null;
  @Field(() => String) @IsString() @Length(1, ENTRY_MAX) text!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(ENTRY_MAX)
  feelings?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(ENTRY_MAX)
  discoveries?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(ENTRY_MAX)
  difficulties?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Shares the entry with the city’s members; private when left out.',
  })
  @IsOptional()
  @IsBoolean()
  shared?: boolean | null;
}

@InputType({ description: 'Your own entry; what is left out stays as it was.' })
export class UpdateLogbookEntryInput extends PartialType(
  OmitType(WriteLogbookEntryInput, ['editionId'] as const),
) {
  @Field(() => ID) @IsUUID() id!: string;
}

@InputType()
export class LogbookFilterInput {
  @Field(() => ID) @IsUUID() editionId!: string;
  @Field(() => Boolean, { nullable: true, description: 'Only your own entries.' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean | null;
}

@ArgsType()
export class LogbookEntriesArgs extends PageArgs {
  @Field(() => LogbookFilterInput)
  @ValidateNested()
  @Type(() => LogbookFilterInput)
  filter!: LogbookFilterInput;
}
