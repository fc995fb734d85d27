import { Entity, ManyToOne, Unique } from '@mikro-orm/core';
import { TenantOwnedEntity } from '@inclusion/tenancy';
import { BenchmarkCriterion } from '../benchmarks/benchmark-criterion.entity';
import { Partnership } from '../partnerships/partnership.entity';

/** A criterion of the library the pair works on. */
@Entity({ tableName: 'partnership_criterion' })
@Unique({ properties: ['tenantId', 'partnershipId', 'criterionId'] })
export class PartnershipCriterion extends TenantOwnedEntity {
  @ManyToOne(() => Partnership, {
    mapToPk: true,
    fieldName: 'partnership_id',
    deleteRule: 'cascade',
  })
  partnershipId!: string;

  @ManyToOne(() => BenchmarkCriterion, { mapToPk: true, fieldName: 'criterion_id' })
  criterionId!: string;
}
