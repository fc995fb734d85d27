import { Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { TenantOwnedEntity } from '@inclusion/tenancy';
import { PartnershipTheme } from '../partnerships/partnership-theme';

/** What a city can teach others on a theme: what the operator matches learners' priorities with. */
@Entity({ tableName: 'city_strength' })
@Unique({ properties: ['tenantId', 'theme'] })
export class CityStrength extends TenantOwnedEntity {
  @Enum({ items: () => PartnershipTheme })
  theme!: PartnershipTheme;

  @Property({ type: 'text' })
  description!: string;
}
