import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArgs } from '@inclusion/graphql';
import { Access, Ctx, loadMember, type RequestContext } from '@inclusion/identity';
import { Activity } from '../activities/activity.entity';
import { ActivityType, EditionIdArgs } from '../activities/activity.types';
import { IdeaSupport } from './idea-support.entity';
import type { LabArtefact } from './lab-artefact.entity';
import { ArtefactKind, LAB_STEPS } from './lab-step';
import { MicroExperimentationService } from './micro-experimentation.service';
import type { PolicyLab } from './policy-lab.entity';
import { PolicyLabService } from './policy-lab.service';
import {
  AddLabArtefactInput,
  ContributorType,
  CreatePolicyLabInput,
  LabArtefactType,
  LabStepViewType,
  MicroExperimentationType,
  PolicyLabType,
} from './policy-lab.types';

@Resolver(() => PolicyLabType)
export class PolicyLabResolver {
  constructor(
    private readonly labs: PolicyLabService,
    private readonly experimentService: MicroExperimentationService,
  ) {}

  @Access.inTenant('read', 'PolicyLab')
  @Query(() => [PolicyLabType], { description: "An edition's Policy Labs." })
  policyLabs(@Ctx() ctx: RequestContext, @Args() args: EditionIdArgs) {
    return this.labs.list(ctx.em, args.editionId);
  }

  @Access.inTenant('read', 'PolicyLab')
  @Query(() => PolicyLabType)
  policyLab(@Ctx() ctx: RequestContext, @Args() args: IdArgs) {
    return this.labs.get(ctx.em, args.id);
  }

  @Access.inTenant('create', 'PolicyLab')
  @Mutation(() => PolicyLabType, { description: 'Opens a lab on a local problem.' })
  createPolicyLab(@Ctx() ctx: RequestContext, @Args('input') input: CreatePolicyLabInput) {
    const { editionId, ...draft } = input;
    return this.labs.create(ctx, editionId, draft);
  }

  @Access.inTenant('update', 'PolicyLab')
  @Mutation(() => PolicyLabType, { description: 'Moves the lab to its next step.' })
  advancePolicyLabStep(@Ctx() ctx: RequestContext, @Args() args: IdArgs) {
    return this.labs.advance(ctx, args.id);
  }

  @Access.inTenant('contribute', 'PolicyLab')
  @Mutation(() => LabArtefactType, { description: 'Adds a finding, an idea or a prototype.' })
  addLabArtefact(@Ctx() ctx: RequestContext, @Args('input') input: AddLabArtefactInput) {
    const { labId, ...draft } = input;
    return this.labs.addArtefact(ctx, labId, draft);
  }

  @Access.inTenant('contribute', 'PolicyLab')
  @Mutation(() => LabArtefactType, { description: 'Backs an idea (once per person).' })
  supportIdea(@Ctx() ctx: RequestContext, @Args() args: IdArgs) {
    return this.labs.support(ctx, args.id, true);
  }

  @Access.inTenant('contribute', 'PolicyLab')
  @Mutation(() => LabArtefactType)
  withdrawIdeaSupport(@Ctx() ctx: RequestContext, @Args() args: IdArgs) {
    return this.labs.support(ctx, args.id, false);
  }

  @ResolveField(() => ActivityType, { nullable: true })
  async framingSession(@Ctx() ctx: RequestContext, @Parent() lab: PolicyLab) {
    if (!lab.framingSession) return null;
    return ctx
      .loader(
        'activity',
        (ids) => ctx.em.find(Activity, { id: { $in: [...ids] } }),
        (a) => a.id,
      )
      .load(lab.framingSession.id);
  }

  @ResolveField(() => [LabStepViewType], { description: 'The four steps, in order.' })
  async steps(@Ctx() ctx: RequestContext, @Parent() lab: PolicyLab) {
    const artefacts = await ctx
      .groupLoader(
        'lab-artefacts',
        (ids) => this.labs.artefacts(ctx.em, ids),
        (a) => a.lab.id,
      )
      .load(lab.id);
    const workshops = await ctx
      .groupLoader(
        'lab-workshops',
        (ids) =>
          ctx.em.find(
            Activity,
            { policyLab: { $in: [...ids] }, cancelledAt: null },
            { orderBy: { startsAt: 'asc' } },
          ),
        (activity) => activity.policyLab!.id,
      )
      .load(lab.id);
    const reached = LAB_STEPS.indexOf(lab.currentStep);
    return LAB_STEPS.map((step, index) => ({
      step,
      reached: index <= reached,
      artefacts: artefacts.filter((artefact) => artefact.step === step),
      workshops: workshops.filter((workshop) => workshop.labStep === step),
    }));
  }

  @ResolveField(() => [MicroExperimentationType])
  experiments(@Ctx() ctx: RequestContext, @Parent() lab: PolicyLab) {
    return ctx
      .groupLoader(
        'lab-experiments',
        (ids) => this.experimentService.forLabs(ctx.em, ids),
        (e) => e.lab.id,
      )
      .load(lab.id);
  }
}

@Resolver(() => LabArtefactType)
export class LabArtefactResolver {
  constructor(private readonly labs: PolicyLabService) {}

  @ResolveField(() => Int, { nullable: true, description: 'How many back it (ideas only).' })
  async supporters(@Ctx() ctx: RequestContext, @Parent() artefact: LabArtefact) {
    if (artefact.kind !== ArtefactKind.Idea) return null;
    const count = await ctx
      .loader(
        'idea-supporters',
        (ids) => this.labs.supportCounts(ctx.em, ids),
        (row) => row.ideaId,
      )
      .load(artefact.id);
    return count?.supporters ?? 0;
  }

  @ResolveField(() => Boolean, { description: 'The caller backs it.' })
  async supportedByMe(@Ctx() ctx: RequestContext, @Parent() artefact: LabArtefact) {
    const membership = ctx.membership;
    if (artefact.kind !== ArtefactKind.Idea || !membership) return false;
    const mine = await ctx
      .loader(
        'my-idea-supports',
        (ids) => ctx.em.find(IdeaSupport, { idea: { $in: [...ids] }, membership: membership.id }),
        (support) => support.idea.id,
      )
      .load(artefact.id);
    return !!mine;
  }

  /** A name, never contact details: everyone in the lab, observers included, reads this. */
  @ResolveField(() => ContributorType)
  async author(@Ctx() ctx: RequestContext, @Parent() artefact: LabArtefact) {
    const user = await loadMember(ctx, artefact.author.id);
    return user && { id: user.id, displayName: user.displayName };
  }
}
