import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MailRelevanceRef } from '../outbox/queued-mail';
import { MAIL_RELEVANCE_CHECKS, type MailRelevanceCheck } from './mail-relevance-check';

@Injectable()
export class MailRelevanceRegistry {
  private readonly checks = new Map<string, MailRelevanceCheck>();

  constructor(@Inject(MAIL_RELEVANCE_CHECKS) checks: MailRelevanceCheck[]) {
    for (const check of checks) {
      if (this.checks.has(check.kind)) {
        throw new Error(`Two mail relevance checks are registered for "${check.kind}"`);
      }
      this.checks.set(check.kind, check);
    }
  }

  /**
   * A kind nobody registered is an error, not a pass: it means a worker older than the API that
   * queued the mail, and the retries give the deployment time to catch up.
   */
  async isStillRelevant(em: EntityManager, relevance: MailRelevanceRef | null): Promise<boolean> {
    if (!relevance) return true;
    const check = this.checks.get(relevance.kind);
    if (!check) throw new Error(`No mail relevance check is registered for "${relevance.kind}"`);
    return check.isStillRelevant(em, relevance.id);
  }
}
