import {
  ArrayType,
  Check,
  Entity,
  Enum,
  Index,
  ManyToOne,
  Property,
  type Opt,
} from '@mikro-orm/core';
import { User } from '@inclusion/identity';
import { TenantOwnedEntity } from '@inclusion/tenancy';
import { CommitmentStatus } from './commitment-status';
import { Commitment } from './commitment.entity';

/**
 * One entry of a commitment's history: who said, when, how far it got and in which state. Only
 * ever added (row-level security grants no update), so the history is the one the network reads.
 */
@Entity({ tableName: 'commitment_update' })
@Check({
  name: 'commitment_update_progress_check',
  expression: 'progress >= 0 and progress <= 100',
})
@Index({ properties: ['commitmentId', 'createdAt'] })
export class CommitmentUpdate extends TenantOwnedEntity {
  @ManyToOne(() => Commitment, {
    mapToPk: true,
    fieldName: 'commitment_id',
    deleteRule: 'cascade',
  })
  commitmentId!: string;

  /** Null once the author is erased, and for a parent's progress rolled up from its milestones. */
  @ManyToOne(() => User, {
    mapToPk: true,
    fieldName: 'author_id',
    nullable: true,
    deleteRule: 'set null',
  })
  authorId?: string | null;

  @Property({ type: 'smallint' })
  progress!: number;

  @Enum({ items: () => CommitmentStatus })
  status!: CommitmentStatus;

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  /** Links to what shows it (a deliberation, a published guide, photos). */
  @Property({ type: ArrayType })
  evidence: Opt<string[]> = [];

  /** Recorded by the platform when a milestone moved, not by a person. */
  @Property({ type: 'boolean' })
  rolledUp: Opt<boolean> = false;
}
