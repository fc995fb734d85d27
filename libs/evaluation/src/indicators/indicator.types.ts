import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalizedTextType } from '@inclusion/graphql';
import { Cohort, CohortEnum } from '@inclusion/participants';

@ObjectType('Indicator', {
  description:
    'The share of a cohort’s respondents to post questionnaires who answer at least `minimum` on ' +
    'the Likert item `itemKey`, with its numerator and denominator. Under five respondents all ' +
    'three are suppressed (null) for everyone but the team running the edition.',
})
export class IndicatorType {
  @Field(() => String) key!: string;
  @Field(() => CohortEnum) cohort!: Cohort;
  @Field(() => String) itemKey!: string;
  @Field(() => Int) minimum!: number;
  @Field(() => LocalizedTextType) label!: LocalizedTextType;
  @Field(() => Int, { nullable: true, description: 'The denominator.' })
  respondents!: number | null;
  @Field(() => Int, { nullable: true, description: 'The numerator.' }) agreeing!: number | null;
  @Field(() => Float, { nullable: true, description: 'agreeing / respondents, 0 to 1.' })
  share!: number | null;
  @Field(() => Boolean) suppressed!: boolean;
}

@ObjectType('EvaluationIndicators')
export class EvaluationIndicatorsType {
  @Field(() => Boolean, {
    description: 'The viewer runs every edition counted, and sees every figure.',
  })
  complete!: boolean;
  @Field(() => Int) suppressionThreshold!: number;
  @Field(() => [IndicatorType]) indicators!: IndicatorType[];
}

@ObjectType('CityIndicators')
export class CityIndicatorsType {
  @Field(() => ID) tenantId!: string;
  @Field(() => String) cityName!: string;
  @Field(() => [IndicatorType]) indicators!: IndicatorType[];
}

@ObjectType('NetworkIndicators', {
  description: 'Every city’s editions together, and each city; always suppressed under five.',
})
export class NetworkIndicatorsType {
  @Field(() => Int) suppressionThreshold!: number;
  @Field(() => [IndicatorType]) indicators!: IndicatorType[];
  @Field(() => [CityIndicatorsType], { description: 'The cities with answers, by name.' })
  cities!: CityIndicatorsType[];
}

@ObjectType('ItemChange', { description: 'A Likert item answered before and after.' })
export class ItemChangeType {
  @Field(() => String) itemKey!: string;
  @Field(() => LocalizedTextType) prompt!: LocalizedTextType;
  @Field(() => Int, { nullable: true, description: 'Respondents who answered both times.' })
  pairedRespondents!: number | null;
  @Field(() => Float, { nullable: true, description: 'Mean of post minus pre, in points.' })
  meanChange!: number | null;
  @Field(() => Int, { nullable: true, description: 'How many answered higher after.' })
  improved!: number | null;
  @Field(() => Float, { nullable: true, description: 'improved / pairedRespondents.' })
  shareImproved!: number | null;
  @Field(() => Boolean) suppressed!: boolean;
}

@ObjectType('QuestionnaireChange', {
  description: 'Change per person between a pre and a post questionnaire, item by item.',
})
export class QuestionnaireChangeType {
  @Field(() => ID) preQuestionnaireId!: string;
  @Field(() => ID) postQuestionnaireId!: string;
  @Field(() => Boolean, { description: 'The viewer runs the edition and sees every figure.' })
  complete!: boolean;
  @Field(() => Int) suppressionThreshold!: number;
  @Field(() => [ItemChangeType]) items!: ItemChangeType[];
}
