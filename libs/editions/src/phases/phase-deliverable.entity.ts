import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import type { Translated } from '@inclusion/i18n';
import { User } from '@inclusion/identity';
import { TenantOwnedEntity } from '@inclusion/tenancy';
import { EditionPhase } from './edition-phase.entity';

/** An item of a phase's checklist; done with evidence (a link or a note). */
@Entity({ tableName: 'phase_deliverable' })
@Unique({ properties: ['tenantId', 'phase', 'key'] })
export class PhaseDeliverable extends TenantOwnedEntity {
  @Index()
  @ManyToOne(() => EditionPhase)
  phase!: EditionPhase;

  @Property({ type: 'text' })
  key!: string;

  @Property({ type: 'json' })
  label!: Translated;

  @Property({ type: 'boolean' })
  mandatory!: boolean;

  @Property({ type: 'datetime', nullable: true })
  doneAt?: Date | null;

  @ManyToOne(() => User, { mapToPk: true, nullable: true, fieldName: 'done_by_id' })
  doneBy?: string | null;

  @Property({ type: 'text', nullable: true })
  evidenceUrl?: string | null;

  @Property({ type: 'text', nullable: true })
  evidenceNote?: string | null;
}
