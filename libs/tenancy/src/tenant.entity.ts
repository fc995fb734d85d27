import { Entity, Enum, Index, Property, type Opt } from '@mikro-orm/core';
import { BaseEntity, type ReadOnlyRow } from '@inclusion/database';
import { LOCALES, type Locale } from '@inclusion/i18n';

export enum TenantKind {
  Municipality = 'municipality',
  Metropolis = 'metropolis',
  Region = 'region',
  Other = 'other',
}

export enum TenantStatus {
  Onboarding = 'onboarding',
  Active = 'active',
  Archived = 'archived',
}

/**
 * A city (or a metropolis, a region) running its programme on the platform. The platform's
 * directory of tenants, not a tenant-owned table: network operators manage it, members read their own.
 */
@Entity({ tableName: 'tenant' })
export class Tenant extends BaseEntity {
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', unique: true })
  slug!: string;

  /** ISO 3166-1 alpha-2. */
  @Property({ type: 'character', length: 2 })
  country!: string;

  @Enum({ items: () => TenantKind })
  kind!: TenantKind;

  @Enum({ items: [...LOCALES] })
  defaultLocale!: Locale;

  /** IANA name, such as Europe/Paris. */
  @Property({ type: 'text' })
  timeZone!: string;

  @Index()
  @Enum({ items: () => TenantStatus })
  status: Opt<TenantStatus> = TenantStatus.Onboarding;

  @Property({ type: 'datetime', nullable: true })
  archivedAt?: Date | null;
}

/** A city as a plain row: what an operation reads of the city it acts in. */
export type TenantRow = ReadOnlyRow<Tenant>;
