import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { IdArgs } from '@inclusion/graphql';
import { Access, Ctx, type RequestContext } from '@inclusion/identity';
import { MicroExperimentationService } from './micro-experimentation.service';
import {
  AbandonExperimentInput,
  ConcludeExperimentInput,
  CreateExperimentInput,
  MicroExperimentationType,
  UpdateExperimentInput,
} from './policy-lab.types';

@Resolver(() => MicroExperimentationType)
export class MicroExperimentationResolver {
  constructor(private readonly experiments: MicroExperimentationService) {}

  @Access.inTenant('create', 'PolicyLab')
  @Mutation(() => MicroExperimentationType, { description: "Plans a small test of a lab's idea." })
  createMicroExperimentation(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateExperimentInput,
  ) {
    const { labId, ...draft } = input;
    return this.experiments.create(ctx, labId, draft);
  }

  @Access.inTenant('update', 'PolicyLab')
  @Mutation(() => MicroExperimentationType)
  updateMicroExperimentation(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateExperimentInput,
  ) {
    const { id, ...draft } = input;
    return this.experiments.update(ctx, id, draft);
  }

  @Access.inTenant('update', 'PolicyLab')
  @Mutation(() => MicroExperimentationType)
  startMicroExperimentation(@Ctx() ctx: RequestContext, @Args() args: IdArgs) {
    return this.experiments.settle(ctx, args.id, { action: 'start' });
  }

  @Access.inTenant('update', 'PolicyLab')
  @Mutation(() => MicroExperimentationType, {
    description: 'Records results, learnings and the decision: scale up, adapt or drop.',
  })
  concludeMicroExperimentation(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ConcludeExperimentInput,
  ) {
    const { id, ...outcome } = input;
    return this.experiments.settle(ctx, id, { action: 'conclude', ...outcome });
  }

  @Access.inTenant('update', 'PolicyLab')
  @Mutation(() => MicroExperimentationType)
  abandonMicroExperimentation(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AbandonExperimentInput,
  ) {
    return this.experiments.settle(ctx, input.id, {
      action: 'abandon',
      learnings: input.learnings,
    });
  }
}
