import { Args, Query, Resolver } from '@nestjs/graphql';
import { Access, Ctx, type RequestContext } from '@inclusion/identity';
import { PublicFollowUpService } from './public-follow-up.service';
import { PublicFollowUpArgs, PublicFollowUpType } from './public-follow-up.types';

@Resolver()
export class PublicFollowUpResolver {
  constructor(private readonly service: PublicFollowUpService) {}

  @Access.public()
  @Query(() => PublicFollowUpType, {
    description:
      'What a city committed to and how far it got: its published commitments, in the ' +
      'visitor’s language; no sign-in needed.',
  })
  publicFollowUp(@Ctx() ctx: RequestContext, @Args() args: PublicFollowUpArgs) {
    return this.service.forCity(ctx.em, args.city, args.locale ?? ctx.locale);
  }
}
