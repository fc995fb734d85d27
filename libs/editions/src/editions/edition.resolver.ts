import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionType, IdArgs, PageArgs, toConnection } from '@inclusion/graphql';
import { Access, Ctx, type RequestContext } from '@inclusion/identity';
import { TemplateVersion } from '@inclusion/methodology';
import {
  CreateEditionInput,
  EditionPhaseType,
  EditionTemplateType,
  EditionType,
  RenameEditionInput,
  TimelineEntryType,
  WHATS_NEXT_DEFAULT_WEEKS,
  WhatsNextInput,
  WhatsNextType,
} from '../editions.types';
import { EditionPhase } from '../phases/edition-phase.entity';
import { EditionOverviewService } from './edition-overview.service';
import { Edition } from './edition.entity';
import { EditionService } from './edition.service';

const EditionConnection = ConnectionType(EditionType, 'Edition');

@Resolver(() => EditionType)
export class EditionResolver {
  constructor(
    private readonly service: EditionService,
    private readonly overview: EditionOverviewService,
  ) {}

  @Access.inTenant('read', 'Edition')
  @Query(() => EditionConnection, { description: 'The editions of the tenant named by X-Tenant.' })
  async editions(@Ctx() ctx: RequestContext, @Args() args: PageArgs) {
    return toConnection(await this.service.list(ctx.em, args), (edition) => edition);
  }

  @Access.inTenant('read', 'Edition')
  @Query(() => EditionType)
  edition(@Ctx() ctx: RequestContext, @Args() args: IdArgs) {
    return this.service.get(ctx.em, args.id);
  }

  @Access.inTenant('read', 'Edition')
  @Query(() => [TimelineEntryType], { description: 'Phases of an edition in calendar order.' })
  editionTimeline(@Ctx() ctx: RequestContext, @Args() args: IdArgs) {
    return this.overview.timeline(ctx, args.id);
  }

  @Access.inTenant('read', 'Edition')
  @Query(() => WhatsNextType, {
    description: 'Late phases, the coming weeks and open deliverables.',
  })
  whatsNext(@Ctx() ctx: RequestContext, @Args('input') input: WhatsNextInput) {
    return this.overview.whatsNext(ctx, input.editionId, input.weeks ?? WHATS_NEXT_DEFAULT_WEEKS);
  }

  @Access.inTenant('create', 'Edition')
  @Mutation(() => EditionType, {
    description:
      'Starts an edition from a methodology version; its phases are planned from the start date.',
  })
  createEdition(@Ctx() ctx: RequestContext, @Args('input') input: CreateEditionInput) {
    return this.service.create(ctx.em, ctx.requireTenant(), input);
  }

  @Access.inTenant('update', 'Edition')
  @Mutation(() => EditionType)
  renameEdition(@Ctx() ctx: RequestContext, @Args('input') input: RenameEditionInput) {
    return this.service.rename(ctx, input.id, input.name);
  }

  @ResolveField(() => EditionTemplateType)
  async template(@Ctx() ctx: RequestContext, @Parent() edition: Edition) {
    const version = await ctx
      .loader(
        'template-version',
        (ids) => ctx.em.find(TemplateVersion, { id: { $in: [...ids] } }),
        (row) => row.id,
      )
      .load(edition.templateVersion.id);
    return version && { ...version, name: version.definition.name };
  }

  @ResolveField(() => [EditionPhaseType])
  phases(@Ctx() ctx: RequestContext, @Parent() edition: Edition) {
    return ctx
      .groupLoader(
        'edition-phases',
        (ids) =>
          ctx.em.find(
            EditionPhase,
            { edition: { $in: [...ids] } },
            { orderBy: { position: 'asc' } },
          ),
        (phase) => phase.edition.id,
      )
      .load(edition.id);
  }
}
