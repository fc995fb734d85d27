import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, Ctx, type RequestContext } from '@inclusion/identity';
import { EditionOverviewService } from '../editions/edition-overview.service';
import {
  CompleteDeliverableInput,
  EditionPhaseType,
  PhaseActionInput,
  PhaseDeliverableType,
  ReplanPhaseInput,
  SkipPhaseInput,
} from '../editions.types';
import { IdArgs } from '@inclusion/graphql';
import { EditionPhase } from './edition-phase.entity';
import { PhaseDeliverable } from './phase-deliverable.entity';
import { PhaseService } from './phase.service';

/** A phase as a resolver receives it: managed, or a plain row (see readRows). */
type PhaseRead = Pick<EditionPhase, 'id' | 'status' | 'plannedStart' | 'plannedEnd'>;

@Resolver(() => EditionPhaseType)
export class PhaseResolver {
  constructor(
    private readonly phases: PhaseService,
    private readonly overview: EditionOverviewService,
  ) {}

  @Access.inTenant('update', 'Edition')
  @Mutation(() => EditionPhaseType, { description: 'Changes the planned dates of a phase.' })
  replanPhase(@Ctx() ctx: RequestContext, @Args('input') input: ReplanPhaseInput) {
    return this.phases.replan(ctx, input.phaseId, input.plannedStart, input.plannedEnd);
  }

  @Access.inTenant('update', 'Edition')
  @Mutation(() => EditionPhaseType)
  startPhase(@Ctx() ctx: RequestContext, @Args('input') input: PhaseActionInput) {
    return this.phases.transition(ctx, input.phaseId, 'start', input);
  }

  @Access.inTenant('update', 'Edition')
  @Mutation(() => EditionPhaseType, {
    description: 'Marks a phase done; refused while a mandatory deliverable is open.',
  })
  completePhase(@Ctx() ctx: RequestContext, @Args('input') input: PhaseActionInput) {
    return this.phases.transition(ctx, input.phaseId, 'complete', input);
  }

  @Access.inTenant('update', 'Edition')
  @Mutation(() => EditionPhaseType)
  skipPhase(@Ctx() ctx: RequestContext, @Args('input') input: SkipPhaseInput) {
    return this.phases.transition(ctx, input.phaseId, 'skip', input);
  }

  @Access.inTenant('update', 'Edition')
  @Mutation(() => EditionPhaseType)
  reopenPhase(@Ctx() ctx: RequestContext, @Args('input') input: PhaseActionInput) {
    return this.phases.transition(ctx, input.phaseId, 'reopen', input);
  }

  @Access.inTenant('update', 'Edition')
  @Mutation(() => PhaseDeliverableType, {
    description: 'Ticks a deliverable, with a link or a note.',
  })
  completeDeliverable(@Ctx() ctx: RequestContext, @Args('input') input: CompleteDeliverableInput) {
    return this.phases.completeDeliverable(ctx, input.deliverableId, {
      url: input.evidenceUrl,
      note: input.evidenceNote,
    });
  }

  @Access.inTenant('update', 'Edition')
  @Mutation(() => PhaseDeliverableType)
  reopenDeliverable(@Ctx() ctx: RequestContext, @Args() args: IdArgs) {
    return this.phases.reopenDeliverable(ctx, args.id);
  }

  @ResolveField(() => Boolean, { description: 'Should have started, or ended, by today.' })
  isLate(@Ctx() ctx: RequestContext, @Parent() phase: PhaseRead) {
    return this.overview.isLate(ctx, phase);
  }

  @ResolveField(() => [PhaseDeliverableType])
  deliverables(@Ctx() ctx: RequestContext, @Parent() phase: PhaseRead) {
    return ctx
      .groupLoader(
        'phase-deliverables',
        (ids) =>
          ctx.em.find(
            PhaseDeliverable,
            { phase: { $in: [...ids] } },
            { orderBy: { mandatory: 'desc', key: 'asc' } },
          ),
        (deliverable) => deliverable.phase.id,
      )
      .load(phase.id);
  }
}
