import { Entity, Index, JsonType, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '@inclusion/database';
import type { Translated } from '@inclusion/i18n';
import { BenchmarkCriterion } from './benchmark-criterion.entity';

/** How a city, a mentor or another in Europe, met a criterion, and where that is told. */
@Entity({ tableName: 'benchmark_good_practice' })
export class GoodPractice extends BaseEntity {
  @Index()
  @ManyToOne(() => BenchmarkCriterion, {
    mapToPk: true,
    fieldName: 'criterion_id',
    deleteRule: 'cascade',
  })
  criterionId!: string;

  @Property({ type: JsonType })
  title!: Translated;

  @Property({ type: JsonType })
  description!: Translated;

  /** The city and country where it was done ("Mechelen, BE"). */
  @Property({ type: 'text' })
  place!: string;

  @Property({ type: 'text', nullable: true })
  sourceUrl?: string | null;
}
