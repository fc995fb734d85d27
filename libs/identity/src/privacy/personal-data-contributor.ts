import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Whose data: the account (none for someone who applied and never joined), and the address they
 * used before they had one.
 */
export interface DataSubject {
  userId: string | null;
  email: string;
}

/**
 * A library's share of a person's data. Each library that keeps personal data implements it and
 * the apps register it with `PrivacyModule.register`, so privacy never reaches into a library.
 *
 * Both methods run inside the person's erasure or export transaction, scoped to one tenant at a
 * time (with `system` on, which the team-only policies admit), so they see only that tenant.
 */
export interface PersonalDataContributor {
  /** The key of this library's part of the export. */
  readonly section: string;
  /** Erasure runs contributors in increasing order: those that need another's links go first. */
  readonly order: number;
  export(em: EntityManager, subject: DataSubject): Promise<unknown>;
  /** Removes or pseudonymises the person's data while keeping aggregate statistics right. */
  erase(em: EntityManager, subject: DataSubject): Promise<void>;
  /** The same for everyone who took part in an edition, once its retention period is over. */
  eraseEdition(em: EntityManager, editionId: string): Promise<void>;
}

export const PERSONAL_DATA_CONTRIBUTORS = Symbol('PERSONAL_DATA_CONTRIBUTORS');
