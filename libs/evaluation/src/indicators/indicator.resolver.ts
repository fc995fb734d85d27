import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Access, Ctx, type RequestContext } from '@inclusion/identity';
import { Cohort, CohortEnum } from '@inclusion/participants';
import { IndicatorService } from './indicator.service';
import {
  EvaluationIndicatorsType,
  NetworkIndicatorsType,
  QuestionnaireChangeType,
} from './indicator.types';
import { QuestionnaireChangeService } from './questionnaire-change.service';

const cohortArg = { type: () => CohortEnum, nullable: true, description: 'Both when left out.' };

@Resolver()
export class IndicatorResolver {
  constructor(
    private readonly indicators: IndicatorService,
    private readonly change: QuestionnaireChangeService,
  ) {}

  @Access.inTenant('read', 'Indicators')
  @Query(() => EvaluationIndicatorsType, { description: "An edition's indicators." })
  editionIndicators(
    @Ctx() ctx: RequestContext,
    @Args('editionId', { type: () => ID }) editionId: string,
    @Args('cohort', cohortArg) cohort?: Cohort | null,
  ) {
    return this.indicators.forEdition(ctx.em, editionId, cohort);
  }

  @Access.inTenant('read', 'Indicators')
  @Query(() => EvaluationIndicatorsType, { description: "The city's editions together." })
  tenantIndicators(@Ctx() ctx: RequestContext, @Args('cohort', cohortArg) cohort?: Cohort | null) {
    return this.indicators.forTenant(ctx.em, cohort);
  }

  @Access.networkOperator()
  @Query(() => NetworkIndicatorsType, {
    description: 'Every city together and each city, for the network operator; counts only.',
  })
  networkIndicators(@Ctx() ctx: RequestContext, @Args('cohort', cohortArg) cohort?: Cohort | null) {
    return this.indicators.forNetwork(ctx.em, cohort);
  }

  @Access.inTenant('read', 'Indicators')
  @Query(() => QuestionnaireChangeType, {
    description:
      'Change per person between a post questionnaire and its pre questionnaire. Items resting ' +
      'on fewer than five people are suppressed for everyone but the team running the edition.',
  })
  questionnaireChange(
    @Ctx() ctx: RequestContext,
    @Args('postQuestionnaireId', { type: () => ID }) postQuestionnaireId: string,
  ) {
    return this.change.forPost(
      ctx.em,
      postQuestionnaireId,
      ctx.ability.can('update', 'Questionnaire'),
    );
  }
}
