import { Entity, Enum, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { TenantOwnedEntity } from '@inclusion/tenancy';
import { Activity } from '../activities/activity.entity';
import { Edition } from '../editions/edition.entity';
import { LabStep } from './lab-step';

/** A co-creation workshop series on one local problem, chosen at a framing session. */
@Entity({ tableName: 'policy_lab' })
export class PolicyLab extends TenantOwnedEntity {
  @Index()
  @ManyToOne(() => Edition)
  edition!: Edition;

  @Property({ type: 'text' })
  title!: string;

  /** The local problem the lab works on. */
  @Property({ type: 'text' })
  problem!: string;

  @ManyToOne(() => Activity, { nullable: true })
  framingSession?: Activity | null;

  @Enum({ items: () => LabStep })
  currentStep: Opt<LabStep> = LabStep.SharedDiagnosis;
}
