import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Membership } from '@inclusion/identity';
import { TenantOwnedEntity } from '@inclusion/tenancy';
import { Activity } from './activity.entity';

/** A member's place at an activity, and whether (and how long) they came. */
@Entity({ tableName: 'activity_registration' })
@Unique({ properties: ['tenantId', 'activity', 'membership'] })
export class Registration extends TenantOwnedEntity {
  @Index()
  @ManyToOne(() => Activity)
  activity!: Activity;

  @Index()
  @ManyToOne(() => Membership)
  membership!: Membership;

  @Property({ type: 'datetime', nullable: true })
  cancelledAt?: Date | null;

  /** Null until attendance is recorded. */
  @Property({ type: 'boolean', nullable: true })
  attended?: boolean | null;

  @Property({ type: 'integer', nullable: true })
  attendedMinutes?: number | null;

  @Property({ type: 'datetime', nullable: true })
  reminderSentAt?: Date | null;
}
