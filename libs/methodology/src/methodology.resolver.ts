import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArgs } from '@inclusion/graphql';
import { Access, Ctx, type RequestContext } from '@inclusion/identity';
import { MethodologyService, type TemplateDraft } from './methodology.service';
import { PublishTemplateInput, TemplateListArgs, TemplateVersionType } from './methodology.types';
import type { TemplateVersion } from './template-version.entity';

const toType = (version: TemplateVersion): TemplateVersionType => ({
  id: version.id,
  key: version.key,
  version: version.version,
  name: version.definition.name,
  description: version.definition.description,
  phases: version.definition.phases,
  builtIn: version.builtIn,
  publishedAt: version.publishedAt,
});

/** Strips what GraphQL adds (nulls for absent optionals) so the schema sees the plain definition. */
const toDraft = (input: PublishTemplateInput): TemplateDraft =>
  JSON.parse(JSON.stringify(input, (_key, value: unknown) => (value === null ? undefined : value)));

@Resolver(() => TemplateVersionType)
export class MethodologyResolver {
  constructor(private readonly methodology: MethodologyService) {}

  @Access.signedIn()
  @Query(() => [TemplateVersionType], { description: 'The methodologies a city can run.' })
  async methodologyTemplates(@Ctx() ctx: RequestContext, @Args() args: TemplateListArgs) {
    return (await this.methodology.list(ctx.em, args)).map(toType);
  }

  @Access.signedIn()
  @Query(() => TemplateVersionType)
  async methodologyTemplate(@Ctx() ctx: RequestContext, @Args() args: IdArgs) {
    return toType(await this.methodology.get(ctx.em, args.id));
  }

  @Access.networkOperator()
  @Mutation(() => TemplateVersionType, {
    description: 'Publishes the next version of a methodology; running editions keep theirs.',
  })
  async publishTemplateVersion(
    @Ctx() ctx: RequestContext,
    @Args('input') input: PublishTemplateInput,
  ) {
    const actor = ctx.requireActor();
    return toType(await this.methodology.publish(ctx.em, toDraft(input), actor.user.id));
  }
}
