import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Membership } from '@inclusion/identity';
import { TenantOwnedEntity } from '@inclusion/tenancy';
import { Activity } from '../activities/activity.entity';
import { ArtefactKind, LabStep } from './lab-step';
import { PolicyLab } from './policy-lab.entity';

/** What a lab step produced: a finding, an idea members can support, a prototype. */
@Entity({ tableName: 'lab_artefact' })
export class LabArtefact extends TenantOwnedEntity {
  @Index()
  @ManyToOne(() => PolicyLab)
  lab!: PolicyLab;

  @Enum({ items: () => LabStep })
  step!: LabStep;

  @Enum({ items: () => ArtefactKind })
  kind!: ArtefactKind;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text', nullable: true })
  body?: string | null;

  /** The workshop it came out of, if any. */
  @ManyToOne(() => Activity, { nullable: true })
  workshop?: Activity | null;

  @ManyToOne(() => Membership)
  author!: Membership;
}
