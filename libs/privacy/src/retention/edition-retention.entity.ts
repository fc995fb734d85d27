import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Edition } from '@inclusion/editions';
import { TenantOwnedEntity } from '@inclusion/tenancy';

/** Where an ended edition stands in its retention: coordinators warned, participants' data erased. */
@Entity({ tableName: 'edition_retention' })
@Unique({ properties: ['tenantId', 'editionId'] })
export class EditionRetention extends TenantOwnedEntity {
  @ManyToOne(() => Edition, { mapToPk: true, fieldName: 'edition_id' })
  editionId!: string;

  @Property({ type: 'datetime', nullable: true })
  warnedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  erasedAt?: Date | null;
}
