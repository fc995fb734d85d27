import { Entity, Enum, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { User } from '@inclusion/identity';
import { TenantOwnedEntity } from '@inclusion/tenancy';
import { Application } from './application.entity';
import { ApplicationStatus } from './application-status';

/** One step of an application's path: who moved it, from where to where, and why. Append-only. */
@Entity({ tableName: 'application_decision' })
export class ApplicationDecision extends TenantOwnedEntity {
  @Index()
  @ManyToOne(() => Application, { deleteRule: 'cascade' })
  application!: Application;

  @Enum({ items: () => ApplicationStatus, nullable: true })
  fromStatus?: ApplicationStatus | null;

  @Enum({ items: () => ApplicationStatus })
  toStatus!: ApplicationStatus;

  /** Null for the automatic eligibility check and for the applicant's own actions. */
  @ManyToOne(() => User, { mapToPk: true, fieldName: 'decided_by_id', nullable: true })
  decidedById?: string | null;

  /** The decider's words; null for the automatic check, whose reasons are on the application. */
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Property({ type: 'datetime' })
  decidedAt: Opt<Date> = new Date();
}
