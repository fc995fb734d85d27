import {
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  PartialType,
  OmitType,
} from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  graphqlEnum,
  IsCalendarDate,
  LocalizedTextInput,
  LocalizedTextType,
} from '@inclusion/graphql';
import { LanguageLevel, LanguageLevelEnum } from '../applications/applicant-profile';
import { Cohort, CohortEnum } from '../cohort';

export enum CallState {
  Draft = 'draft',
  Upcoming = 'upcoming',
  Open = 'open',
  Closed = 'closed',
}

export const CallStateEnum = graphqlEnum(CallState, 'CallState');

@ObjectType('MinimumLanguageLevel')
export class MinimumLevelType {
  @Field(() => LanguageLevelEnum) level!: LanguageLevel;
  @Field(() => [String], { description: 'ISO 639-1 codes; one of them is enough.' })
  languages!: string[];
}

@ObjectType('EligibilityRules', {
  description: 'What applicants must meet; an absent rule is not checked.',
})
export class EligibilityRulesType {
  @Field(() => [String], { nullable: true }) municipalities?: string[] | null;
  @Field(() => MinimumLevelType, { nullable: true }) minimumLevel?: MinimumLevelType | null;
}

@ObjectType('ParticipantCall', {
  description: 'A call for participants to one cohort of an edition.',
})
export class ParticipantCallType {
  @Field(() => ID) id!: string;
  @Field(() => CohortEnum) cohort!: Cohort;
  @Field(() => LocalizedTextType) title!: LocalizedTextType;
  @Field(() => LocalizedTextType) description!: LocalizedTextType;
  @Field(() => String, { description: 'First day applications are taken, YYYY-MM-DD.' })
  opensOn!: string;
  @Field(() => String, { description: 'Last day, where the city is.' }) closesOn!: string;
  @Field(() => Int, { description: 'How many people the cohort aims for.' }) target!: number;
  @Field(() => EligibilityRulesType) eligibility!: EligibilityRulesType;
  @Field(() => String) privacyPolicyVersion!: string;
  @Field(() => LocalizedTextType, { description: 'What the data is processed for.' })
  processingPurpose!: LocalizedTextType;
  @Field(() => GraphQLISODateTime, { nullable: true }) publishedAt?: Date | null;
}

@InputType()
export class MinimumLevelInput {
  @Field(() => LanguageLevelEnum) @IsEnum(LanguageLevel) level!: LanguageLevel;
  @Field(() => [String])
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @Matches(/^[a-z]{2}$/, { each: true, message: 'languages must be ISO 639-1 codes' })
  languages!: string[];
}

@InputType()
export class EligibilityRulesInput {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @Length(1, 120, { each: true })
  municipalities?: string[] | null;

  @Field(() => MinimumLevelInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MinimumLevelInput)
  minimumLevel?: MinimumLevelInput | null;
}

@InputType()
export class CreateParticipantCallInput {
  @Field(() => ID) @IsUUID() editionId!: string;
  @Field(() => CohortEnum) @IsEnum(Cohort) cohort!: Cohort;
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  title!: LocalizedTextInput;
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  description!: LocalizedTextInput;
  @Field(() => String) @IsCalendarDate() opensOn!: string;
  @Field(() => String) @IsCalendarDate() closesOn!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(1000) target?: number;
  @Field(() => EligibilityRulesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EligibilityRulesInput)
  eligibility?: EligibilityRulesInput | null;
  @Field(() => String) @IsString() @Length(1, 40) privacyPolicyVersion!: string;
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  processingPurpose!: LocalizedTextInput;
}

@InputType()
export class UpdateParticipantCallInput extends PartialType(
  OmitType(CreateParticipantCallInput, ['editionId', 'cohort'] as const),
) {
  @Field(() => ID) @IsUUID() id!: string;
}
