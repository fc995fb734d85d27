import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { User } from '@inclusion/identity';
import { TenantOwnedEntity } from '@inclusion/tenancy';
import { Partnership } from '../partnerships/partnership.entity';
import { PlanVersion } from '../plans/plan-version.entity';
import { PlanVersionStatus } from '../plans/plan-enums';

/** A mentor reviewer's decision on a submitted version: approved, or changes requested. */
@Entity({ tableName: 'review_decision' })
export class ReviewDecision extends TenantOwnedEntity {
  @ManyToOne(() => Partnership, {
    mapToPk: true,
    fieldName: 'partnership_id',
    deleteRule: 'cascade',
  })
  partnershipId!: string;

  @Index()
  @ManyToOne(() => PlanVersion, { mapToPk: true, fieldName: 'version_id', deleteRule: 'cascade' })
  versionId!: string;

  @ManyToOne(() => User, {
    mapToPk: true,
    fieldName: 'reviewer_id',
    nullable: true,
    deleteRule: 'set null',
  })
  reviewerId?: string | null;

  @Enum({ items: () => [PlanVersionStatus.Approved, PlanVersionStatus.ChangesRequested] })
  decision!: PlanVersionStatus.Approved | PlanVersionStatus.ChangesRequested;

  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
