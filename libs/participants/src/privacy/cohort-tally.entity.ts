import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Edition } from '@inclusion/editions';
import { TenantOwnedEntity } from '@inclusion/tenancy';
import { Cohort } from '../cohort';

/**
 * What erased applications still count for: how many people of a cohort were in each category,
 * without a row per person. The cohort figures add these to the live applications, so erasing
 * someone changes no published figure.
 */
@Entity({ tableName: 'cohort_tally' })
@Unique({ properties: ['tenantId', 'editionId', 'cohort', 'dimension', 'category'] })
export class CohortTally extends TenantOwnedEntity {
  @Index()
  @ManyToOne(() => Edition, { mapToPk: true, fieldName: 'edition_id' })
  editionId!: string;

  @Enum({ items: () => Cohort })
  cohort!: Cohort;

  @Property({ type: 'text' })
  dimension!: string;

  @Property({ type: 'text' })
  category!: string;

  @Property({ type: 'int' })
  people!: number;
}
