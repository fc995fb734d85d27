import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '@inclusion/database';
import { User } from '@inclusion/identity';
import { Tenant } from '@inclusion/tenancy';
import { NotificationKind } from './notification-kind';

/**
 * That a person's mail of one kind, for one city (none for the network's) and one period, was
 * queued. Its unique key is what makes a scan that runs twice, or in two workers, send once.
 */
@Entity({ tableName: 'notification_dispatch' })
@Index({ properties: ['tenantId'] })
@Unique({
  name: 'notification_dispatch_once_unique',
  expression:
    'alter table "notification_dispatch" add constraint "notification_dispatch_once_unique" unique nulls not distinct ("user_id", "kind", "tenant_id", "period")',
})
export class NotificationDispatch extends BaseEntity {
  @ManyToOne(() => User, { mapToPk: true, fieldName: 'user_id', deleteRule: 'cascade' })
  userId!: string;

  @Enum({ items: () => NotificationKind })
  kind!: NotificationKind;

  @ManyToOne(() => Tenant, { mapToPk: true, fieldName: 'tenant_id', nullable: true })
  tenantId?: string | null;

  /** `2026-W47` for a weekly mail, `2026-11` for a monthly one. */
  @Property({ type: 'text' })
  period!: string;
}
