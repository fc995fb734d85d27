import { Entity, Enum, ManyToOne, Unique } from '@mikro-orm/core';
import { BaseEntity } from '@inclusion/database';
import { User } from '@inclusion/identity';
import { NotificationFrequency, NotificationKind } from './notification-kind';

/** A person's choice for one kind of mail, in every city they belong to. Absent: the default. */
@Entity({ tableName: 'notification_preference' })
@Unique({ properties: ['userId', 'kind'] })
export class NotificationPreference extends BaseEntity {
  @ManyToOne(() => User, { mapToPk: true, fieldName: 'user_id', deleteRule: 'cascade' })
  userId!: string;

  @Enum({ items: () => NotificationKind })
  kind!: NotificationKind;

  @Enum({ items: () => NotificationFrequency })
  frequency!: NotificationFrequency;
}
