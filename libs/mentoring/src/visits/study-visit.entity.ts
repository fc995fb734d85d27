import {
  ArrayType,
  Check,
  Entity,
  Enum,
  Index,
  ManyToOne,
  Property,
  type Opt,
} from '@mikro-orm/core';
import { TenantOwnedEntity } from '@inclusion/tenancy';
import { PartnershipSide } from '../partnerships/partnership-status';
import { Partnership } from '../partnerships/partnership.entity';
import { PlanStage } from '../plans/plan-enums';

/**
 * One of a pair's three study visits, each at a stage of the plan: who hosts it, when, its
 * agenda, who went, and what came of it. The learner city keeps the record; its mentor's
 * reviewers read it.
 */
@Entity({ tableName: 'study_visit' })
@Check({ name: 'study_visit_dates_check', expression: 'ends_on >= starts_on' })
export class StudyVisit extends TenantOwnedEntity {
  @Index()
  @ManyToOne(() => Partnership, {
    mapToPk: true,
    fieldName: 'partnership_id',
    deleteRule: 'cascade',
  })
  partnershipId!: string;

  @Enum({ items: () => PlanStage })
  stage!: PlanStage;

  /** Which of the two cities receives the other. */
  @Enum({ items: () => PartnershipSide })
  host!: PartnershipSide;

  @Property({ type: 'date' })
  startsOn!: string;

  @Property({ type: 'date' })
  endsOn!: string;

  @Property({ type: 'text' })
  agenda!: string;

  /** Who took part, as the cities name them (officials, NGOs, migrant associations). */
  @Property({ type: ArrayType })
  participants: Opt<string[]> = [];

  @Property({ type: 'text', nullable: true })
  outcomes?: string | null;
}
