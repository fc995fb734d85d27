import { Entity, Enum, JsonType, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { User } from '@inclusion/identity';
import { TenantOwnedEntity } from '@inclusion/tenancy';
import { Partnership } from '../partnerships/partnership.entity';
import type { ActionSnapshot } from './plan-diff';
import { PlanStage, PlanVersionStatus } from './plan-enums';

/**
 * The plan as the learner city submitted it for review, frozen: its actions as they stood, in
 * `snapshot`. Numbered in order; each belongs to a study visit's stage.
 */
@Entity({ tableName: 'plan_version' })
@Unique({ properties: ['tenantId', 'partnershipId', 'number'] })
export class PlanVersion extends TenantOwnedEntity {
  @ManyToOne(() => Partnership, {
    mapToPk: true,
    fieldName: 'partnership_id',
    deleteRule: 'cascade',
  })
  partnershipId!: string;

  @Property({ type: 'smallint' })
  number!: number;

  @Enum({ items: () => PlanStage })
  stage!: PlanStage;

  @Property({ type: JsonType })
  snapshot!: ActionSnapshot[];

  @Enum({ items: () => PlanVersionStatus })
  status: Opt<PlanVersionStatus> = PlanVersionStatus.Submitted;

  @ManyToOne(() => User, {
    mapToPk: true,
    fieldName: 'submitted_by_id',
    nullable: true,
    deleteRule: 'set null',
  })
  submittedById?: string | null;

  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;
}
