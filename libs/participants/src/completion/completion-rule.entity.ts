import { Entity, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { Edition } from '@inclusion/editions';
import { TenantOwnedEntity } from '@inclusion/tenancy';

/** The pilot's rule: the twelve hours of the dual-track training, and the Policy Labs. */
export const DEFAULT_TRAINING_MINUTES = 12 * 60;
export const DEFAULT_LAB_WORKSHOPS = 2;

/** What a participant must have attended for the edition to count them as having completed it. */
@Entity({ tableName: 'completion_rule' })
@Unique({ properties: ['tenantId', 'edition'] })
export class CompletionRule extends TenantOwnedEntity {
  @ManyToOne(() => Edition)
  edition!: Edition;

  @Property({ type: 'int' })
  minimumTrainingMinutes: Opt<number> = DEFAULT_TRAINING_MINUTES;

  @Property({ type: 'int' })
  minimumLabWorkshops: Opt<number> = DEFAULT_LAB_WORKSHOPS;
}
