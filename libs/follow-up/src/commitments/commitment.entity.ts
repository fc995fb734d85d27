import {
  Check,
  Entity,
  Enum,
  Index,
  JsonType,
  ManyToOne,
  Property,
  Unique,
  type Opt,
} from '@mikro-orm/core';
import type { Translated } from '@inclusion/i18n';
import { User } from '@inclusion/identity';
import { TenantOwnedEntity } from '@inclusion/tenancy';
import { Recommendation } from '../recommendations/recommendation.entity';
import { CommitmentStatus } from './commitment-status';

/**
 * What the city undertakes to answer an accepted recommendation or to carry out an approved action
 * of its mentoring plan, or a milestone of either (one level down, `parentId`). Status, progress and the time of the last update are the latest of its
 * append-only history (`commitment_update`), kept here so that dashboards read one row each.
 * A commitment with milestones takes its progress from theirs, weighted.
 */
@Entity({ tableName: 'commitment' })
@Unique({ properties: ['tenantId', 'externalId'] })
@Check({ name: 'commitment_progress_check', expression: 'progress >= 0 and progress <= 100' })
@Check({ name: 'commitment_weight_check', expression: 'weight >= 1 and weight <= 100' })
@Check({ name: 'commitment_dates_check', expression: 'due_date >= start_date' })
@Check({
  name: 'commitment_abandoned_reason_check',
  expression: "status <> 'abandoned' or status_reason is not null",
})
@Check({
  name: 'commitment_source_check',
  expression:
    '(recommendation_id is null or source_action_id is null) and (parent_id is not null or recommendation_id is not null or source_action_id is not null)',
})
@Index({
  name: 'commitment_source_action_id_unique',
  expression:
    'create unique index "commitment_source_action_id_unique" on "commitment" ("source_action_id") where "source_action_id" is not null',
})
@Index({
  name: 'commitment_published_index',
  expression:
    'create index "commitment_published_index" on "commitment" ("tenant_id") where "published_at" is not null',
})
// The network dashboard's overdue and stale counts read open commitments through these.
@Index({
  name: 'commitment_open_due_index',
  expression:
    'create index "commitment_open_due_index" on "commitment" ("tenant_id", "due_date") include ("last_update_at", "recommendation_id") where "parent_id" is null and "status" not in (\'done\', \'abandoned\') and ("recommendation_id" is not null or "source_action_id" is not null)',
})
@Index({
  name: 'commitment_open_last_update_index',
  expression:
    'create index "commitment_open_last_update_index" on "commitment" ("tenant_id", "last_update_at") include ("due_date", "recommendation_id") where "parent_id" is null and "status" not in (\'done\', \'abandoned\') and ("recommendation_id" is not null or "source_action_id" is not null)',
})
export class Commitment extends TenantOwnedEntity {
  @Index()
  @ManyToOne(() => Recommendation, {
    mapToPk: true,
    fieldName: 'recommendation_id',
    nullable: true,
    // A recommendation with commitments stays: deleting it would orphan them.
    deleteRule: 'no action',
  })
  recommendationId?: string | null;

  /**
   * The approved action of a mentoring partnership's plan it carries out, instead of a
   * recommendation: an id only, since the plan is the pair's record and the commitment the city's.
   */
  @Property({ type: 'uuid', nullable: true })
  sourceActionId?: string | null;

  @Index()
  @ManyToOne(() => Commitment, {
    mapToPk: true,
    fieldName: 'parent_id',
    nullable: true,
    deleteRule: 'cascade',
  })
  parentId?: string | null;

  /** The city's own reference, the key of CSV imports. */
  @Property({ type: 'text', nullable: true })
  externalId?: string | null;

  @Property({ type: JsonType })
  title!: Translated;

  @Property({ type: JsonType, nullable: true })
  description?: Translated | null;

  /** The department that carries it. */
  @Property({ type: 'text' })
  department!: string;

  /** The person answerable for it, reminded of it; null once they are erased. */
  @Index()
  @ManyToOne(() => User, {
    mapToPk: true,
    fieldName: 'owner_id',
    nullable: true,
    deleteRule: 'set null',
  })
  ownerId?: string | null;

  @Property({ type: 'date' })
  startDate!: string;

  @Property({ type: 'date' })
  dueDate!: string;

  @Enum({ items: () => CommitmentStatus })
  status: Opt<CommitmentStatus> = CommitmentStatus.NotStarted;

  /** Why it was abandoned (required then), or what delays it. */
  @Property({ type: 'text', nullable: true })
  statusReason?: string | null;

  /** 0 to 100. */
  @Property({ type: 'smallint' })
  progress: Opt<number> = 0;

  /** A milestone's share in its parent's progress, relative to its siblings. */
  @Property({ type: 'smallint' })
  weight: Opt<number> = 1;

  /** Shown to anyone, without signing in, from this instant. Milestones follow their parent. */
  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date | null;

  /** Its creation, then each progress update: what "stale" is measured from. */
  @Property({ type: 'datetime' })
  lastUpdateAt: Opt<Date> = new Date();

  @ManyToOne(() => User, {
    mapToPk: true,
    fieldName: 'created_by_id',
    nullable: true,
    deleteRule: 'set null',
  })
  createdById?: string | null;
}
