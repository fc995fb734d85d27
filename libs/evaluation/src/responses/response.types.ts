import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Cohort, CohortEnum } from '@inclusion/participants';
import { FREE_TEXT_MAX } from './answer-rules';

@ObjectType('Answer')
export class AnswerType {
  @Field(() => String) itemKey!: string;
  @Field(() => Int, { nullable: true, description: '1 to 5, for a Likert item.' })
  likert!: number | null;
  @Field(() => [String], { nullable: true, description: 'The option keys chosen.' })
  choices!: string[] | null;
  @Field(() => String, { nullable: true }) text!: string | null;
}

@ObjectType('QuestionnaireResponse', {
  description:
    'Your own answers. Stored under your pseudonymous respondent key, never your account; ' +
    'nobody else reads them, only figures computed from everyone’s.',
})
export class QuestionnaireResponseType {
  @Field(() => ID) questionnaireId!: string;
  @Field(() => CohortEnum) cohort!: Cohort;
  @Field(() => GraphQLISODateTime) submittedAt!: Date;
  @Field(() => [AnswerType]) answers!: AnswerType[];
}

@InputType({ description: 'Exactly one of likert, choices and text, as the item’s kind asks.' })
export class AnswerInput {
  @Field(() => String) @IsString() @MaxLength(60) itemKey!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() likert?: number | null;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  choices?: string[] | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(FREE_TEXT_MAX + 1000)
  text?: string | null;
}

@InputType()
export class SubmitQuestionnaireResponseInput {
  @Field(() => ID) @IsUUID() questionnaireId!: string;
  @Field(() => [AnswerInput])
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AnswerInput)
  answers!: AnswerInput[];
}
