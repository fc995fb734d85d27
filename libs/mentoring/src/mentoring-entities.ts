import { IndicatorTarget } from './assessment/indicator-target.entity';
import { KeyFactorAssessment } from './assessment/key-factor-assessment.entity';
import { PartnershipCriterion } from './assessment/partnership-criterion.entity';
import { BenchmarkCriterion } from './benchmarks/benchmark-criterion.entity';
import { BenchmarkIndicator } from './benchmarks/benchmark-indicator.entity';
import { GoodPractice } from './benchmarks/good-practice.entity';
import { KeyFactor } from './benchmarks/key-factor.entity';
import { CityStrength } from './needs/city-strength.entity';
import { NeedsAssessment } from './needs/needs-assessment.entity';
import { PlanAction } from './plans/plan-action.entity';
import { PlanVersion } from './plans/plan-version.entity';
import { ReviewComment } from './reviews/review-comment.entity';
import { ReviewDecision } from './reviews/review-decision.entity';
import { NetworkEvent } from './visits/network-event.entity';
import { StudyVisit } from './visits/study-visit.entity';
import { PartnershipMember } from './partnerships/partnership-member.entity';
import { Partnership } from './partnerships/partnership.entity';

/** Every table of the mentoring, for the API's and the worker's ORM. */
export const MENTORING_ENTITIES = [
  Partnership,
  PartnershipMember,
  CityStrength,
  NeedsAssessment,
  BenchmarkCriterion,
  KeyFactor,
  GoodPractice,
  BenchmarkIndicator,
  PartnershipCriterion,
  KeyFactorAssessment,
  IndicatorTarget,
  PlanAction,
  PlanVersion,
  ReviewComment,
  ReviewDecision,
  StudyVisit,
  NetworkEvent,
];
