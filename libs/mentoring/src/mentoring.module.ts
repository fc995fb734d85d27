import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { FollowUpModule } from '@inclusion/follow-up';
import { IdentityModule } from '@inclusion/identity';
import { MailOutboxModule } from '@inclusion/mail';
import { PairBenchmarkResolver } from './assessment/pair-benchmark.resolver';
import { PairBenchmarkService } from './assessment/pair-benchmark.service';
import { BenchmarkResolver } from './benchmarks/benchmark.resolver';
import { BenchmarkService } from './benchmarks/benchmark.service';
import { MENTORING_ENTITIES } from './mentoring-entities';
import { NeedsResolver } from './needs/needs.resolver';
import { NeedsService } from './needs/needs.service';
import { ActionCommitmentService } from './plans/action-commitment.service';
import { PlanResolver } from './plans/plan.resolver';
import { PlanService } from './plans/plan.service';
import { PlanVersionReviewResolver, ReviewResolver } from './reviews/review.resolver';
import { ReviewMail } from './reviews/review-mail.service';
import { ReviewService } from './reviews/review.service';
import { VisitResolver } from './visits/visit.resolver';
import { VisitService } from './visits/visit.service';
import { PairAccess } from './partnerships/pair-access.service';
import { PartnershipResolver } from './partnerships/partnership.resolver';
import { PartnershipService } from './partnerships/partnership.service';

/** The API's side of mentor–learner partnerships. */
@Module({
  imports: [
    IdentityModule,
    FollowUpModule,
    MailOutboxModule,
    MikroOrmModule.forFeature(MENTORING_ENTITIES),
  ],
  providers: [
    PartnershipService,
    PairAccess,
    NeedsService,
    BenchmarkService,
    PairBenchmarkService,
    PlanService,
    ActionCommitmentService,
    ReviewService,
    ReviewMail,
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
