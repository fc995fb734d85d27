import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { User } from '@inclusion/identity';
import { TenantOwnedEntity } from '@inclusion/tenancy';
import { PartnershipSide } from '../partnerships/partnership-status';
import { Partnership } from '../partnerships/partnership.entity';
import { PlanVersion } from '../plans/plan-version.entity';

/**
 * A comment on a submitted version of the plan, or on one of its actions, possibly answering
 * another: the mentor's reviewers and the learner's people talk in the pair. Never edited.
 */
@Entity({ tableName: 'review_comment' })
export class ReviewComment extends TenantOwnedEntity {
  @ManyToOne(() => Partnership, {
    mapToPk: true,
    fieldName: 'partnership_id',
    deleteRule: 'cascade',
  })
  partnershipId!: string;

  @Index()
  @ManyToOne(() => PlanVersion, { mapToPk: true, fieldName: 'version_id', deleteRule: 'cascade' })
  versionId!: string;

  /** The action of the version it is about; null for the plan as a whole. */
  @Property({ type: 'uuid', nullable: true })
  actionId?: string | null;

  @ManyToOne(() => ReviewComment, {
    mapToPk: true,
    fieldName: 'parent_id',
    nullable: true,
    deleteRule: 'cascade',
  })
  parentId?: string | null;

  @ManyToOne(() => User, {
    mapToPk: true,
    fieldName: 'author_id',
    nullable: true,
    deleteRule: 'set null',
  })
  authorId?: string | null;

  @Enum({ items: () => PartnershipSide })
  authorSide!: PartnershipSide;

  @Property({ type: 'text' })
  body!: string;
}
