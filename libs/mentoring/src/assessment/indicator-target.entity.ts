import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { TenantOwnedEntity } from '@inclusion/tenancy';
import { BenchmarkIndicator } from '../benchmarks/benchmark-indicator.entity';
import { Partnership } from '../partnerships/partnership.entity';

/** Where the learner city starts from on an indicator, and where it aims to be. */
@Entity({ tableName: 'indicator_target' })
@Unique({ properties: ['tenantId', 'partnershipId', 'indicatorId'] })
export class IndicatorTarget extends TenantOwnedEntity {
  @ManyToOne(() => Partnership, {
    mapToPk: true,
    fieldName: 'partnership_id',
    deleteRule: 'cascade',
  })
  partnershipId!: string;

  @ManyToOne(() => BenchmarkIndicator, { mapToPk: true, fieldName: 'indicator_id' })
  indicatorId!: string;

  @Property({ type: 'numeric', precision: 12, scale: 2 })
  baseline!: string;

  @Property({ type: 'numeric', precision: 12, scale: 2 })
  target!: string;
}
