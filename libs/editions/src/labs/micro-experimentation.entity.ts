import { ArrayType, Entity, Enum, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { TenantOwnedEntity } from '@inclusion/tenancy';
import { PolicyLab } from './policy-lab.entity';

export enum ExperimentStatus {
  Planned = 'planned',
  Running = 'running',
  Concluded = 'concluded',
  Abandoned = 'abandoned',
}

export enum ExperimentDecision {
  ScaleUp = 'scale_up',
  Adapt = 'adapt',
  Drop = 'drop',
}

/** A small real-world test of a lab's solution, run with a city service. */
@Entity({ tableName: 'micro_experimentation' })
export class MicroExperimentation extends TenantOwnedEntity {
  @Index()
  @ManyToOne(() => PolicyLab)
  lab!: PolicyLab;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  hypothesis!: string;

  /** The city service it is run with. */
  @Property({ type: 'text' })
  cityService!: string;

  @Property({ type: 'date', nullable: true })
  startDate?: string | null;

  @Property({ type: 'date', nullable: true })
  endDate?: string | null;

  @Property({ type: ArrayType })
  successIndicators: Opt<string[]> = [];

  @Enum({ items: () => ExperimentStatus })
  status: Opt<ExperimentStatus> = ExperimentStatus.Planned;

  @Property({ type: 'text', nullable: true })
  results?: string | null;

  @Property({ type: 'text', nullable: true })
  learnings?: string | null;

  @Enum({ items: () => ExperimentDecision, nullable: true })
  decision?: ExperimentDecision | null;
}
