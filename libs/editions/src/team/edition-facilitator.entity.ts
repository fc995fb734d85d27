import { Entity, Index, ManyToOne, Unique } from '@mikro-orm/core';
import { Membership } from '@inclusion/identity';
import { TenantOwnedEntity } from '@inclusion/tenancy';
import { Edition } from '../editions/edition.entity';

/**
 * A facilitator on the team running one edition. With the city's coordinators, the team is who may
 * read participants' personal data of that edition (the row-level security policies ask this table).
 */
@Entity({ tableName: 'edition_facilitator' })
@Unique({ properties: ['tenantId', 'edition', 'membership'] })
export class EditionFacilitator extends TenantOwnedEntity {
  @Index()
  @ManyToOne(() => Edition)
  edition!: Edition;

  @Index()
  @ManyToOne(() => Membership)
  membership!: Membership;
}
