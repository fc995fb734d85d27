import { Entity, Index, JsonType, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '@inclusion/database';
import type { Translated } from '@inclusion/i18n';
import { BenchmarkCriterion } from './benchmark-criterion.entity';

/** What a criterion depends on ("families' sufficient financial resources"). */
@Entity({ tableName: 'benchmark_key_factor' })
export class KeyFactor extends BaseEntity {
  @Index()
  @ManyToOne(() => BenchmarkCriterion, {
    mapToPk: true,
    fieldName: 'criterion_id',
    deleteRule: 'cascade',
  })
  criterionId!: string;

  @Property({ type: 'smallint' })
  position!: number;

  @Property({ type: JsonType })
  text!: Translated;
}
