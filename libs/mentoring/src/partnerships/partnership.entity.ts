import { Entity, Enum, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { User } from '@inclusion/identity';
import { Tenant, TenantOwnedEntity } from '@inclusion/tenancy';
import { PartnershipStatus } from './partnership-status';
import { PartnershipTheme } from './partnership-theme';

/**
 * A mentor city paired with a learner city on a theme, for a period. The pair's records live in
 * the learner's tenant (`tenantId`), whose plan they are; the mentor city reaches them only
 * through its named reviewers (row-level security, `app_mentors_partnership`).
 */
@Entity({ tableName: 'partnership' })
export class Partnership extends TenantOwnedEntity {
  @Index()
  @ManyToOne(() => Tenant, { mapToPk: true, fieldName: 'mentor_tenant_id' })
  mentorTenantId!: string;

  @Enum({ items: () => PartnershipTheme })
  theme!: PartnershipTheme;

  /** What the pair sets out to do, in the operator's words. */
  @Property({ type: 'text', nullable: true })
  purpose?: string | null;

  @Property({ type: 'date' })
  startsOn!: string;

  @Property({ type: 'date' })
  endsOn!: string;

  @Enum({ items: () => PartnershipStatus })
  status: Opt<PartnershipStatus> = PartnershipStatus.Proposed;

  @ManyToOne(() => User, {
    mapToPk: true,
    fieldName: 'proposed_by_id',
    nullable: true,
    deleteRule: 'set null',
  })
  proposedById?: string | null;

  @Property({ type: 'datetime', nullable: true })
  mentorAcceptedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  learnerAcceptedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;
}
