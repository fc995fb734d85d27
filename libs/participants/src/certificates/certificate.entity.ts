import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Edition } from '@inclusion/editions';
import { User } from '@inclusion/identity';
import { TenantOwnedEntity } from '@inclusion/tenancy';
import { Application } from '../applications/application.entity';
import { Cohort } from '../cohort';

/**
 * A participant's certificate of completion, as issued: the name, edition and hours are kept as
 * printed, so the PDF and the public verification say the same thing later.
 */
@Entity({ tableName: 'certificate' })
@Unique({ properties: ['tenantId', 'application'] })
export class Certificate extends TenantOwnedEntity {
  @ManyToOne(() => Application, { deleteRule: 'cascade' })
  application!: Application;

  @Index()
  @ManyToOne(() => Edition, { mapToPk: true, fieldName: 'edition_id' })
  editionId!: string;

  /** The person, so the policies let them read their own certificate. */
  @Index()
  @ManyToOne(() => User, { mapToPk: true, fieldName: 'person_id', nullable: true })
  personId?: string | null;

  /** Printed on the certificate; anyone holding it may check the certificate. */
  @Property({ type: 'text', unique: true })
  code!: string;

  /** Its hash, which the public verification binds to find the one row. */
  @Property({ type: 'text', unique: true })
  codeHash!: string;

  @Property({ type: 'text' })
  personName!: string;

  @Property({ type: 'text' })
  editionName!: string;

  @Property({ type: 'text' })
  cityName!: string;

  @Enum({ items: () => Cohort })
  cohort!: Cohort;

  @Property({ type: 'int' })
  trainingMinutes!: number;

  @Property({ type: 'date' })
  completedOn!: string;

  @Property({ type: 'text' })
  locale!: string;

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'issued_by_id', nullable: true })
  issuedById?: string | null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  revocationReason?: string | null;
}
