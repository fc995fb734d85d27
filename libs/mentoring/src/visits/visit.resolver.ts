import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Ctx, type RequestContext } from '@inclusion/identity';
import { PartnershipArgs } from '../assessment/pair-benchmark.types';
import { VisitService } from './visit.service';
import {
  NetworkEventsArgs,
  NetworkEventType,
  SaveNetworkEventInput,
  SaveStudyVisitInput,
  StudyVisitType,
} from './visit.types';

@Resolver()
export class VisitResolver {
  constructor(private readonly service: VisitService) {}

  @Access.inTenant('read', 'Partnership')
  @Query(() => [StudyVisitType], { description: 'A pair’s study visits, in date order.' })
  studyVisits(@Ctx() ctx: RequestContext, @Args() args: PartnershipArgs) {
    return this.service.studyVisits(ctx, args.partnershipId);
  }

  @Access.inTenant('contribute', 'Partnership')
  @Mutation(() => StudyVisitType, {
    description: 'The learner city records a study visit: host, dates, agenda, who, outcomes.',
  })
  saveStudyVisit(@Ctx() ctx: RequestContext, @Args('input') input: SaveStudyVisitInput) {
    return this.service.saveStudyVisit(ctx, input);
  }

  @Access.signedIn()
  @Query(() => [NetworkEventType], {
    description: 'The network’s training academies and knowledge-sharing workshops.',
  })
  networkEvents(@Ctx() ctx: RequestContext, @Args() args: NetworkEventsArgs) {
    return this.service.networkEvents(ctx, args.from);
  }

  @Access.networkOperator()
  @Mutation(() => NetworkEventType)
  saveNetworkEvent(@Ctx() ctx: RequestContext, @Args('input') input: SaveNetworkEventInput) {
    return this.service.saveNetworkEvent(ctx, input);
  }
}
