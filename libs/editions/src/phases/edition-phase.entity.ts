import { Entity, Enum, Index, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import type { Translated } from '@inclusion/i18n';
import { TenantOwnedEntity } from '@inclusion/tenancy';
import { Edition } from '../editions/edition.entity';

export enum PhaseStatus {
  Planned = 'planned',
  Active = 'active',
  Done = 'done',
  Skipped = 'skipped',
}

/**
 * A phase of an edition. Its name and description are copied from the template version, so the
 * edition reads the same whatever the methodology becomes later.
 */
@Entity({ tableName: 'edition_phase' })
@Unique({ properties: ['tenantId', 'edition', 'key'] })
export class EditionPhase extends TenantOwnedEntity {
  @Index()
  @ManyToOne(() => Edition)
  edition!: Edition;

  @Property({ type: 'text' })
  key!: string;

  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'json' })
  name!: Translated;

  @Property({ type: 'json' })
  description!: Translated;

  @Property({ type: 'date' })
  plannedStart!: string;

  @Property({ type: 'date' })
  plannedEnd!: string;

  @Property({ type: 'date', nullable: true })
  actualStart?: string | null;

  @Property({ type: 'date', nullable: true })
  actualEnd?: string | null;

  @Enum({ items: () => PhaseStatus })
  status: Opt<PhaseStatus> = PhaseStatus.Planned;

  @Property({ type: 'text', nullable: true })
  skipReason?: string | null;
}
