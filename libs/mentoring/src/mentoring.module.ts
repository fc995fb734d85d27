import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { IdentityModule } from '@inclusion/identity';
import { PairBenchmarkResolver } from './assessment/pair-benchmark.resolver';
import { PairBenchmarkService } from './assessment/pair-benchmark.service';
import { BenchmarkResolver } from './benchmarks/benchmark.resolver';
import { BenchmarkService } from './benchmarks/benchmark.service';
import { MENTORING_ENTITIES } from './mentoring-entities';
import { NeedsResolver } from './needs/needs.resolver';
import { NeedsService } from './needs/needs.service';
import { PlanResolver } from './plans/plan.resolver';
import { PlanService } from './plans/plan.service';
import { PlanVersionReviewResolver, ReviewResolver } from './reviews/review.resolver';
import { ReviewService } from './reviews/review.service';
import { VisitResolver } from './visits/visit.resolver';
import { VisitService } from './visits/visit.service';
import { PairAccess } from './partnerships/pair-access.service';
import { PartnershipResolver } from './partnerships/partnership.resolver';
import { PartnershipService } from './partnerships/partnership.service';

/** The API's side of mentor–learner partnerships. */
@Module({
  imports: [IdentityModule, MikroOrmModule.forFeature(MENTORING_ENTITIES)],
  providers: [
    PartnershipService,
    PairAccess,
    NeedsService,
    BenchmarkService,
    PairBenchmarkService,
    PlanService,
    ReviewService,
    VisitService,
    PartnershipResolver,
    NeedsResolver,
    BenchmarkResolver,
    PairBenchmarkResolver,
    PlanResolver,
    ReviewResolver,
    PlanVersionReviewResolver,
    VisitResolver,
  ],
})
export class MentoringModule {}
