import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Ctx, type RequestContext } from '@inclusion/identity';
import { QuestionnaireService } from '../questionnaires/questionnaire.service';
import { ResponseService } from './response.service';
import { QuestionnaireResponseType, SubmitQuestionnaireResponseInput } from './response.types';

@Resolver(() => QuestionnaireResponseType)
export class ResponseResolver {
  constructor(
    private readonly responses: ResponseService,
    private readonly questionnaires: QuestionnaireService,
  ) {}

  @Access.inTenant('answer', 'Questionnaire')
  @Mutation(() => QuestionnaireResponseType, {
    description:
      'Answers an open questionnaire of an edition you take part in, once; the answers are final.',
  })
  submitQuestionnaireResponse(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SubmitQuestionnaireResponseInput,
  ) {
    return this.responses.submit(ctx, input.questionnaireId, input.answers);
  }

  @Access.inTenant('answer', 'Questionnaire')
  @Query(() => QuestionnaireResponseType, {
    nullable: true,
    description: 'Your own answers to a questionnaire, if you sent them.',
  })
  async myQuestionnaireResponse(
    @Ctx() ctx: RequestContext,
    @Args('questionnaireId', { type: () => ID }) questionnaireId: string,
  ) {
    const questionnaire = await this.questionnaires.visible(ctx.em, questionnaireId, false);
    return this.responses.mine(ctx, questionnaire);
  }
}
