import { Entity, Enum, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { BaseEntity, TenantScoped } from '@inclusion/database';
import { TemplateVersion } from '@inclusion/methodology';
import { Tenant } from '@inclusion/tenancy';

export enum EditionStatus {
  /** No phase has started yet. */
  Planned = 'planned',
  Running = 'running',
  /** Every phase is done or skipped. */
  Completed = 'completed',
}

/** One run of a methodology in one city, from the template version it started with. */
@Entity({ tableName: 'edition' })
@TenantScoped()
export class Edition extends BaseEntity {
  @Index()
  @ManyToOne(() => Tenant, { mapToPk: true, fieldName: 'tenant_id' })
  tenantId!: string;

  @Property({ type: 'text' })
  name!: string;

  @ManyToOne(() => TemplateVersion)
  templateVersion!: TemplateVersion;

  @Property({ type: 'date' })
  startDate!: string;

  @Enum({ items: () => EditionStatus })
  status: Opt<EditionStatus> = EditionStatus.Planned;

  /** Hash of the secret in the edition's calendar feed URL; the URL is shown once, when made. */
  @Index()
  @Property({ type: 'text', nullable: true, hidden: true })
  calendarTokenHash?: string | null;
}
