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
import { BenchmarkCriterion } from '../benchmarks/benchmark-criterion.entity';
import { Partnership } from '../partnerships/partnership.entity';
import { PlanActionStatus } from './plan-enums';

/**
 * An action of the learner city's plan, as it is being written. Its id stays the same across
 * versions, which is how two frozen versions are compared action by action.
 */
@Entity({ tableName: 'plan_action' })
@Check({ name: 'plan_action_dates_check', expression: 'ends_on >= starts_on' })
export class PlanAction extends TenantOwnedEntity {
  @Index()
  @ManyToOne(() => Partnership, {
    mapToPk: true,
    fieldName: 'partnership_id',
    deleteRule: 'cascade',
  })
  partnershipId!: string;

  @Property({ type: 'smallint' })
  position!: number;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  objective!: string;

  /** The benchmark criterion it addresses, one the pair chose. */
  @ManyToOne(() => BenchmarkCriterion, {
    mapToPk: true,
    fieldName: 'criterion_id',
    nullable: true,
  })
  criterionId?: string | null;

  /** The criterion's key factors it works on. */
  @Property({ type: ArrayType })
  keyFactorIds: Opt<string[]> = [];

  @Property({ type: 'text' })
  responsibleService!: string;

  @Property({ type: 'date' })
  startsOn!: string;

  @Property({ type: 'date' })
  endsOn!: string;

  @Property({ type: 'text', nullable: true })
  resources?: string | null;

  /** How the city will know it worked. */
  @Property({ type: 'text', nullable: true })
  indicators?: string | null;

  @Enum({ items: () => PlanActionStatus })
  status: Opt<PlanActionStatus> = PlanActionStatus.Planned;
}
