import {
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  ObjectType,
  PartialType,
  PickType,
} from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsOptional,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate, LocalizedTextInput, LocalizedTextType } from '@inclusion/graphql';
import { Cohort, CohortEnum } from '@inclusion/participants';
import { ItemKind, ItemKindEnum } from './item-kind';
import {
  QuestionnaireMoment,
  QuestionnaireMomentEnum,
  QuestionnaireStatus,
  QuestionnaireStatusEnum,
} from './questionnaire-status';

/** Lower-case words joined by "_" or "-": the same in every language and in pre and post. */
const SLUG = /^[a-z0-9]+(?:[_-][a-z0-9]+)*$/;
const SLUG_MESSAGE = 'keys are lower-case slugs such as public_speaking_ease';

@ObjectType('ChoiceOption')
export class ChoiceOptionType {
  @Field(() => String) key!: string;
  @Field(() => LocalizedTextType) label!: LocalizedTextType;
}

@ObjectType('LikertScale', { description: 'Five points; the words at both ends.' })
export class LikertScaleType {
  @Field(() => LocalizedTextType, { description: 'What 1 means.' }) lowest!: LocalizedTextType;
  @Field(() => LocalizedTextType, { description: 'What 5 means.' }) highest!: LocalizedTextType;
}

@ObjectType('QuestionnaireItem')
export class QuestionnaireItemType {
  @Field(() => String, {
    description: 'Stable across languages, and between a pre and its post questionnaire.',
  })
  key!: string;
  @Field(() => ItemKindEnum) kind!: ItemKind;
  @Field(() => LocalizedTextType) prompt!: LocalizedTextType;
  @Field(() => [ChoiceOptionType], { nullable: true }) options?: ChoiceOptionType[] | null;
  @Field(() => LikertScaleType, { nullable: true }) scale?: LikertScaleType | null;
}

@ObjectType('Questionnaire', {
  description: 'A questionnaire of an edition; a post questionnaire names its pre questionnaire.',
})
export class QuestionnaireType {
  @Field(() => ID) id!: string;
  @Field(() => ID) editionId!: string;
  @Field(() => LocalizedTextType) title!: LocalizedTextType;
  @Field(() => CohortEnum, { nullable: true, description: 'Null: both cohorts answer it.' })
  cohort?: Cohort | null;
  @Field(() => QuestionnaireMomentEnum) moment!: QuestionnaireMoment;
  @Field(() => ID, { nullable: true, description: 'For a post questionnaire, its pre one.' })
  pairedWithId?: string | null;
  @Field(() => String, { description: 'First day answers are taken, YYYY-MM-DD.' })
  opensOn!: string;
  @Field(() => String, { description: 'Last day, where the city is.' }) closesOn!: string;
  @Field(() => QuestionnaireStatusEnum) status!: QuestionnaireStatus;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

@InputType()
export class ChoiceOptionInput {
  @Field(() => String) @Matches(SLUG, { message: SLUG_MESSAGE }) @MaxLength(60) key!: string;
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  label!: LocalizedTextInput;
}

@InputType()
export class LikertScaleInput {
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  lowest!: LocalizedTextInput;
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  highest!: LocalizedTextInput;
}

@InputType({ description: 'Options for choice items only; the scale for Likert items only.' })
export class QuestionnaireItemInput {
  @Field(() => String) @Matches(SLUG, { message: SLUG_MESSAGE }) @MaxLength(60) key!: string;
  @Field(() => ItemKindEnum) @IsEnum(ItemKind) kind!: ItemKind;
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  prompt!: LocalizedTextInput;
  @Field(() => [ChoiceOptionInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => ChoiceOptionInput)
  options?: ChoiceOptionInput[] | null;
  @Field(() => LikertScaleInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LikertScaleInput)
  scale?: LikertScaleInput | null;
}

@InputType()
export class CreateQuestionnaireInput {
  @Field(() => ID) @IsUUID() editionId!: string;
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  title!: LocalizedTextInput;
  @Field(() => CohortEnum, { nullable: true, description: 'Leave out for both cohorts.' })
  @IsOptional()
  @IsEnum(Cohort)
  cohort?: Cohort | null;
  @Field(() => QuestionnaireMomentEnum) @IsEnum(QuestionnaireMoment) moment!: QuestionnaireMoment;
  @Field(() => ID, { nullable: true, description: 'Required for a post questionnaire.' })
  @IsOptional()
  @IsUUID()
  pairedWithId?: string | null;
  @Field(() => String) @IsCalendarDate() opensOn!: string;
  @Field(() => String) @IsCalendarDate() closesOn!: string;
}

@InputType()
export class UpdateQuestionnaireInput extends PartialType(
  PickType(CreateQuestionnaireInput, ['title', 'opensOn', 'closesOn'] as const),
) {
  @Field(() => ID) @IsUUID() id!: string;
}

@InputType({ description: 'The whole list, in order; it replaces the items there were.' })
export class SetQuestionnaireItemsInput {
  @Field(() => ID) @IsUUID() questionnaireId!: string;
  @Field(() => [QuestionnaireItemInput])
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => QuestionnaireItemInput)
  items!: QuestionnaireItemInput[];
}
