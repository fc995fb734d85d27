import {
  ArgsType,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  ObjectType,
  OmitType,
  PartialType,
} from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  IdArgs,
  IsCalendarDate,
  LocalizedTextInput,
  LocalizedTextType,
  PageArgs,
} from '@inclusion/graphql';
import { AnswerDecision, AnswerDecisionEnum } from './answer-decision';
import { RecommendationStatus, RecommendationStatusEnum } from './recommendation-status';
import { RecommendationTheme, RecommendationThemeEnum } from './recommendation-theme';

/** A recommendation's text runs longer than a label: a page, not a report. */
const BODY_MAX = 8000;
const MAX_COAUTHORS = 60;

@ObjectType('Recommendation', {
  description:
    'What the cohorts of an edition recommend to their city, and the city’s latest answer. ' +
    'Every member of the city reads it.',
})
export class RecommendationType {
  @Field(() => ID) id!: string;
  @Field(() => ID) editionId!: string;
  @Field(() => ID, { nullable: true, description: 'The Policy Lab it came from.' })
  policyLabId?: string | null;
  @Field(() => String, { nullable: true, description: 'The city’s own reference.' })
  externalId?: string | null;
  @Field(() => LocalizedTextType) title!: LocalizedTextType;
  @Field(() => LocalizedTextType) body!: LocalizedTextType;
  @Field(() => RecommendationThemeEnum) theme!: RecommendationTheme;
  @Field(() => LocalizedTextType, { nullable: true }) localTheme?: LocalizedTextType | null;
  @Field(() => RecommendationStatusEnum) status!: RecommendationStatus;
  @Field(() => GraphQLISODateTime, { nullable: true }) submittedAt?: Date | null;
  @Field(() => AnswerDecisionEnum, { nullable: true, description: 'The city’s latest answer.' })
  answer?: AnswerDecision | null;
  @Field(() => String, { nullable: true, description: 'The day of the latest answer.' })
  answeredOn?: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
}

@ObjectType('RecommendationCoauthor')
export class RecommendationCoauthorType {
  @Field(() => ID) membershipId!: string;
  @Field(() => String, { nullable: true }) displayName?: string | null;
}

@ObjectType('RecommendationAnswer', {
  description: 'One answer of the city, dated and attributed.',
})
export class RecommendationAnswerType {
  @Field(() => ID) id!: string;
  @Field(() => AnswerDecisionEnum) decision!: AnswerDecision;
  @Field(() => String, { nullable: true }) reason?: string | null;
  @Field(() => String) answeredOn!: string;
  @Field(() => String, { nullable: true, description: 'Who answered for the city.' })
  answeredBy?: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

@InputType()
export class CreateRecommendationInput {
  @Field(() => ID) @IsUUID() editionId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() policyLabId?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  externalId?: string | null;
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  title!: LocalizedTextInput;
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  body!: LocalizedTextInput;
  @Field(() => RecommendationThemeEnum) @IsEnum(RecommendationTheme) theme!: RecommendationTheme;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'Required when theme is LOCAL.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  localTheme?: LocalizedTextInput | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'Memberships credited as co-authors; a participant who writes it is one.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_COAUTHORS)
  @IsUUID('all', { each: true })
  coauthorIds?: string[] | null;
}

@InputType({ description: 'What is left out stays as it was; only before it is presented.' })
export class UpdateRecommendationInput extends PartialType(
  OmitType(CreateRecommendationInput, ['editionId'] as const),
) {
  @Field(() => ID) @IsUUID() id!: string;
}

@InputType()
export class AnswerRecommendationInput {
  @Field(() => ID) @IsUUID() recommendationId!: string;
  @Field(() => AnswerDecisionEnum) @IsEnum(AnswerDecision) decision!: AnswerDecision;
  @Field(() => String, { nullable: true, description: 'Required to decline.' })
  @IsOptional()
  @IsString()
  @MaxLength(BODY_MAX)
  reason?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The day the city answered; today if left out.',
  })
  @IsOptional()
  @IsCalendarDate()
  answeredOn?: string | null;
}

@InputType()
export class RecommendationFilterInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() editionId?: string | null;
  @Field(() => RecommendationStatusEnum, { nullable: true })
  @IsOptional()
  @IsEnum(RecommendationStatus)
  status?: RecommendationStatus | null;
  @Field(() => RecommendationThemeEnum, { nullable: true })
  @IsOptional()
  @IsEnum(RecommendationTheme)
  theme?: RecommendationTheme | null;
  @Field(() => AnswerDecisionEnum, { nullable: true })
  @IsOptional()
  @IsEnum(AnswerDecision)
  answer?: AnswerDecision | null;
}

@ArgsType()
export class RecommendationsArgs extends PageArgs {
  @Field(() => RecommendationFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RecommendationFilterInput)
  filter?: RecommendationFilterInput | null;
}

@ArgsType()
export class AdvanceRecommendationArgs extends IdArgs {
  @Field(() => RecommendationStatusEnum)
  @IsEnum(RecommendationStatus)
  status!: RecommendationStatus;
}
