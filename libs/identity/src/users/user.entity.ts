import { Entity, Enum, Property, type Opt } from '@mikro-orm/core';
import { BaseEntity, type ReadOnlyRow } from '@inclusion/database';
import { LOCALES, type Locale } from '@inclusion/i18n';

export enum PlatformRole {
  NetworkOperator = 'network_operator',
}

export enum UserStatus {
  /** Created by an invitation; becomes active when the person accepts it. */
  Invited = 'invited',
  Active = 'active',
  Disabled = 'disabled',
}

/** A person. Global: one person may belong to several cities and to the network operator. */
@Entity({ tableName: 'app_user' })
export class User extends BaseEntity {
  /** Stored lower-cased and trimmed, so uniqueness is case-insensitive. */
  @Property({ type: 'text', unique: true })
  email!: string;

  @Property({ type: 'text' })
  displayName!: string;

  @Property({ type: 'text', nullable: true, hidden: true, lazy: true })
  passwordHash?: string | null;

  @Enum({ items: [...LOCALES], nullable: true })
  locale?: Locale | null;

  @Enum({ items: () => PlatformRole, nullable: true })
  platformRole?: PlatformRole | null;

  @Enum({ items: () => UserStatus })
  status: Opt<UserStatus> = UserStatus.Invited;

  @Property({ type: 'datetime', nullable: true })
  lastSignInAt?: Date | null;
}

/** A person as a plain row, without the password hash a row to show never carries. */
export type UserRow = Omit<ReadOnlyRow<User>, 'passwordHash'>;

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();
