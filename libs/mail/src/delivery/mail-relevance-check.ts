import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Answers, just before a mail leaves, whether the record it is about still calls for it (an
 * invitation revoked meanwhile does not). Other libraries implement it and register it with
 * `MailDeliveryModule.register({ relevanceChecks })`, so mail never depends on them.
 *
 * The EntityManager is in a transaction scoped to the message's tenant, with `system` on.
 */
export interface MailRelevanceCheck {
  /** Matches `relevance.kind` of the queued mail. */
  readonly kind: string;
  isStillRelevant(em: EntityManager, id: string): Promise<boolean>;
}

export const MAIL_RELEVANCE_CHECKS = Symbol('MAIL_RELEVANCE_CHECKS');
