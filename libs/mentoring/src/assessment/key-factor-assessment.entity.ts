import { Check, Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { User } from '@inclusion/identity';
import { TenantOwnedEntity } from '@inclusion/tenancy';
import { KeyFactor } from '../benchmarks/key-factor.entity';
import { Partnership } from '../partnerships/partnership.entity';

/** The learner city's own score on a key factor (1 to 5), with what shows it. */
@Entity({ tableName: 'key_factor_assessment' })
@Unique({ properties: ['tenantId', 'partnershipId', 'keyFactorId'] })
@Check({ name: 'key_factor_assessment_score_check', expression: 'score >= 1 and score <= 5' })
export class KeyFactorAssessment extends TenantOwnedEntity {
  @ManyToOne(() => Partnership, {
    mapToPk: true,
    fieldName: 'partnership_id',
    deleteRule: 'cascade',
  })
  partnershipId!: string;

  @ManyToOne(() => KeyFactor, { mapToPk: true, fieldName: 'key_factor_id' })
  keyFactorId!: string;

  @Property({ type: 'smallint' })
  score!: number;

  @Property({ type: 'text', nullable: true })
  evidence?: string | null;

  @ManyToOne(() => User, {
    mapToPk: true,
    fieldName: 'assessed_by_id',
    nullable: true,
    deleteRule: 'set null',
  })
  assessedById?: string | null;
}
