import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Ctx, type RequestContext } from '@inclusion/identity';
import { CompletionService } from './completion.service';
import {
  CompletionRuleType,
  EditionProgressType,
  SetCompletionRuleInput,
} from './completion.types';

@Resolver()
export class CompletionResolver {
  constructor(private readonly completion: CompletionService) {}

  @Access.inTenant('read', 'Application')
  @Query(() => EditionProgressType, {
    description: "Each selected participant's attendance against the edition's completion rule.",
  })
  async participantProgress(
    @Ctx() ctx: RequestContext,
    @Args('editionId', { type: () => ID }) editionId: string,
  ) {
    const [rule, participants] = await Promise.all([
      this.completion.rule(ctx.em, editionId),
      this.completion.progress(ctx.em, editionId),
    ]);
    return {
      rule,
      participants: participants.map((entry) => ({
        ...entry,
        trainingHours: Math.round(entry.trainingMinutes / 6) / 10,
      })),
    };
  }

  @Access.inTenant('update', 'Application')
  @Mutation(() => CompletionRuleType, {
    description: 'Sets what completing the edition takes (by default 12 hours and 2 Policy Labs).',
  })
  setCompletionRule(@Ctx() ctx: RequestContext, @Args('input') input: SetCompletionRuleInput) {
    const { editionId, ...draft } = input;
    return this.completion.setRule(ctx, editionId, draft);
  }
}
