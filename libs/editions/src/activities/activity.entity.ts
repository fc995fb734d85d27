import { ArrayType, Entity, Enum, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { ActivityKind } from '@inclusion/methodology';
import { TenantOwnedEntity } from '@inclusion/tenancy';
import { Edition } from '../editions/edition.entity';
import { LabStep } from '../labs/lab-step';
import { PolicyLab } from '../labs/policy-lab.entity';
import { EditionPhase } from '../phases/edition-phase.entity';

/** Who a training session is for: the two tracks run apart, and meet in joint sessions. */
export enum TrainingTrack {
  Newcomers = 'newcomers',
  PublicActors = 'public_actors',
  Joint = 'joint',
}

/** A dated moment of an edition: a training session, a Policy Lab workshop, a study visit... */
@Entity({ tableName: 'activity' })
@Index({ properties: ['tenantId', 'startsAt'] })
export class Activity extends TenantOwnedEntity {
  @Index()
  @ManyToOne(() => Edition)
  edition!: Edition;

  @ManyToOne(() => EditionPhase, { nullable: true })
  phase?: EditionPhase | null;

  /** For a Policy Lab workshop: the lab, and the step of the lab it works on. */
  @Index()
  @ManyToOne(() => PolicyLab, { nullable: true })
  policyLab?: PolicyLab | null;

  @Enum({ items: () => LabStep, nullable: true })
  labStep?: LabStep | null;

  @Enum({ items: () => ActivityKind })
  kind!: ActivityKind;

  @Enum({ items: () => TrainingTrack, nullable: true })
  track?: TrainingTrack | null;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Property({ type: 'integer' })
  durationMinutes!: number;

  @Property({ type: 'text', nullable: true })
  place?: string | null;

  @Property({ type: 'text', nullable: true })
  onlineUrl?: string | null;

  /** ISO 639-1 codes of the languages spoken. */
  @Property({ type: ArrayType })
  languages: Opt<string[]> = [];

  /** Languages with an interpreter present. */
  @Property({ type: ArrayType })
  interpretationLanguages: Opt<string[]> = [];

  /** Memberships (of this tenant) of the people running it. */
  @Property({ type: ArrayType })
  facilitatorIds: Opt<string[]> = [];

  @Property({ type: 'integer', nullable: true })
  capacity?: number | null;

  @Property({ type: 'datetime', nullable: true })
  cancelledAt?: Date | null;
}
