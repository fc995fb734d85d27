import { Check, Entity, Property, Unique, type Opt } from '@mikro-orm/core';
import { TenantOwnedEntity } from '@inclusion/tenancy';

/** Without a row, a city follows up with these. */
export const DEFAULT_STALE_AFTER_DAYS = 60;
export const DEFAULT_DUE_SOON_DAYS = 14;

/** How a city follows up its commitments. One row per city, made the first time it is changed. */
@Entity({ tableName: 'follow_up_settings' })
@Check({
  name: 'follow_up_settings_stale_after_days_check',
  expression: 'stale_after_days >= 7 and stale_after_days <= 365',
})
@Check({
  name: 'follow_up_settings_due_soon_days_check',
  expression: 'due_soon_days >= 1 and due_soon_days <= 90',
})
@Unique({ properties: ['tenantId'] })
export class FollowUpSettings extends TenantOwnedEntity {
  /** A commitment still open and not updated for this long is stale. */
  @Property({ type: 'smallint' })
  staleAfterDays: Opt<number> = DEFAULT_STALE_AFTER_DAYS;

  /** Owners are reminded this many days before a due date. */
  @Property({ type: 'smallint' })
  dueSoonDays: Opt<number> = DEFAULT_DUE_SOON_DAYS;
}
