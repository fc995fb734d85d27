import { Entity, Enum, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { TemplateVersion } from '@inclusion/methodology';
import { TenantOwnedEntity } from '@inclusion/tenancy';

export enum EditionStatus {
  /** No phase has started yet. */
  Planned = 'planned',
  Running = 'running',
  /** Every phase is done or skipped. */
  Completed = 'completed',
}

/** One run of a methodology in one city, from the template version it started with. */
@Entity({ tableName: 'edition' })
export class Edition extends TenantOwnedEntity {
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
