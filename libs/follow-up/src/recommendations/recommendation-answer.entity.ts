import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { User } from '@inclusion/identity';
import { TenantOwnedEntity } from '@inclusion/tenancy';
import { AnswerDecision } from './answer-decision';
import { Recommendation } from './recommendation.entity';

/**
 * One answer of the city, dated and attributed. Answers are never rewritten: "under study" then
 * "accepted" is a history the cohorts and the network follow.
 */
@Entity({ tableName: 'recommendation_answer' })
@Check({
  name: 'recommendation_answer_reason_check',
  expression: "decision <> 'declined' or reason is not null",
})
export class RecommendationAnswer extends TenantOwnedEntity {
  @Index()
  @ManyToOne(() => Recommendation, {
    mapToPk: true,
    fieldName: 'recommendation_id',
    deleteRule: 'cascade',
  })
  recommendationId!: string;

  @Enum({ items: () => AnswerDecision })
  decision!: AnswerDecision;

  /** Why, required when the city declines. */
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Property({ type: 'date' })
  answeredOn!: string;

  @ManyToOne(() => User, {
    mapToPk: true,
    fieldName: 'answered_by_id',
    deleteRule: 'set null',
    nullable: true,
  })
  answeredById?: string | null;
}
