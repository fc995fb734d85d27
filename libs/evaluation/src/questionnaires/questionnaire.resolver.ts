import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArgs } from '@inclusion/graphql';
import { Access, Ctx, type RequestContext } from '@inclusion/identity';
import { QuestionnaireStatus } from './questionnaire-status';
import type { Questionnaire } from './questionnaire.entity';
import { QuestionnaireService } from './questionnaire.service';
import {
  CreateQuestionnaireInput,
  QuestionnaireItemType,
  QuestionnaireType,
  SetQuestionnaireItemsInput,
  UpdateQuestionnaireInput,
} from './questionnaire.types';

/** Those who write questionnaires see the drafts; participants see them once open. */
const seesDrafts = (ctx: RequestContext) => ctx.ability.can('update', 'Questionnaire');

@Resolver(() => QuestionnaireType)
export class QuestionnaireResolver {
  constructor(private readonly service: QuestionnaireService) {}

  @Access.inTenant('read', 'Questionnaire')
  @Query(() => [QuestionnaireType], { description: "An edition's questionnaires, by opening day." })
  questionnaires(
    @Ctx() ctx: RequestContext,
    @Args('editionId', { type: () => ID }) editionId: string,
  ) {
    return this.service.forEdition(ctx.em, editionId, seesDrafts(ctx));
  }

  @Access.inTenant('read', 'Questionnaire')
  @Query(() => QuestionnaireType)
  questionnaire(@Ctx() ctx: RequestContext, @Args() args: IdArgs) {
    return this.service.visible(ctx.em, args.id, seesDrafts(ctx));
  }

  @Access.inTenant('create', 'Questionnaire')
  @Mutation(() => QuestionnaireType, {
    description: 'Drafts a questionnaire; a post questionnaire names its pre questionnaire.',
  })
  createQuestionnaire(@Ctx() ctx: RequestContext, @Args('input') input: CreateQuestionnaireInput) {
    return this.service.create(ctx, input);
  }

  @Access.inTenant('update', 'Questionnaire')
  @Mutation(() => QuestionnaireType)
  updateQuestionnaire(@Ctx() ctx: RequestContext, @Args('input') input: UpdateQuestionnaireInput) {
    const { id, ...changes } = input;
    return this.service.update(ctx, id, changes);
  }

  @Access.inTenant('update', 'Questionnaire')
  @Mutation(() => QuestionnaireType, {
    description:
      'Replaces the items, until the first answer. A post questionnaire’s scale and ' +
      'choice items must be in its pre questionnaire with the same key and kind.',
  })
  setQuestionnaireItems(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SetQuestionnaireItemsInput,
  ) {
    return this.service.setItems(ctx, input.questionnaireId, input.items);
  }

  @Access.inTenant('update', 'Questionnaire')
  @Mutation(() => QuestionnaireType, {
    description: 'Opens a draft: participants answer it between its dates.',
  })
  openQuestionnaire(@Ctx() ctx: RequestContext, @Args() args: IdArgs) {
    return this.service.moveTo(ctx, args.id, QuestionnaireStatus.Open);
  }

  @Access.inTenant('update', 'Questionnaire')
  @Mutation(() => QuestionnaireType, { description: 'Takes no more answers.' })
  closeQuestionnaire(@Ctx() ctx: RequestContext, @Args() args: IdArgs) {
    return this.service.moveTo(ctx, args.id, QuestionnaireStatus.Closed);
  }

  @ResolveField(() => [QuestionnaireItemType], { description: 'In the order they are asked.' })
  items(@Ctx() ctx: RequestContext, @Parent() questionnaire: Questionnaire) {
    return ctx
      .groupLoader(
        'questionnaire-items',
        (ids) => this.service.itemsOfMany(ctx.em, ids),
        (item) => item.questionnaireId,
      )
      .load(questionnaire.id);
  }
}
