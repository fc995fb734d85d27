import { Entity, Index, JsonType, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '@inclusion/database';
import type { Translated } from '@inclusion/i18n';
import { BenchmarkCriterion } from './benchmark-criterion.entity';

/** How progress on a criterion is measured ("share of children enrolled within a month"). */
@Entity({ tableName: 'benchmark_indicator' })
export class BenchmarkIndicator extends BaseEntity {
  @Index()
  @ManyToOne(() => BenchmarkCriterion, {
    mapToPk: true,
    fieldName: 'criterion_id',
    deleteRule: 'cascade',
  })
  criterionId!: string;

  @Property({ type: JsonType })
  name!: Translated;

  /** "%", "families", "days"… */
  @Property({ type: 'text' })
  unit!: string;
}
