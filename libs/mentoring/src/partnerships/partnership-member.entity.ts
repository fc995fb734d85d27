import { Entity, Enum, Index, ManyToOne, Unique } from '@mikro-orm/core';
import { Membership } from '@inclusion/identity';
import { TenantOwnedEntity } from '@inclusion/tenancy';
import { PartnershipSide } from './partnership-status';
import { Partnership } from './partnership.entity';

/**
 * A member a city names in the pair: a mentor reviewer, or a learner plan author. The row lives
 * in the tenant of the member's own city, so each side sees its own list only.
 */
@Entity({ tableName: 'partnership_member' })
@Unique({ properties: ['tenantId', 'partnershipId', 'membershipId'] })
export class PartnershipMember extends TenantOwnedEntity {
  @Index()
  @ManyToOne(() => Partnership, {
    mapToPk: true,
    fieldName: 'partnership_id',
    deleteRule: 'cascade',
  })
  partnershipId!: string;

  @ManyToOne(() => Membership, { mapToPk: true, fieldName: 'membership_id', deleteRule: 'cascade' })
  membershipId!: string;

  @Enum({ items: () => PartnershipSide })
  side!: PartnershipSide;
}
