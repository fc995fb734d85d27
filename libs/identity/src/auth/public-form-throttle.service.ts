import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@inclusion/config';
import { IndependentTransactions } from '@inclusion/database';
import { tooManyAttempts } from '../identity.errors';
import { countAttempt, counterSubject } from './attempt-counter';

const WINDOW_SECONDS = 60 * 60;

export interface PublicSubmission {
  /** Which form, e.g. 'application'. */
  form: string;
  address?: string | null;
  /** Whom the submission is about (an email): one person cannot be flooded with mail either. */
  subject: string;
}

/**
 * Limits forms anyone may submit without an account, per client address and per subject, counted
 * on its own pool so that the count stands even when the submission fails.
 */
@Injectable()
export class PublicFormThrottle {
  static readonly LIMITS = { address: 20, subject: 3 };

  constructor(
    private readonly independent: IndependentTransactions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async attempt({ form, address, subject }: PublicSubmission): Promise<void> {
    const keys = [
      {
        key: `${form}:subject:${counterSubject(this.config.AUTH_SECRET, subject)}`,
        limit: PublicFormThrottle.LIMITS.subject,
      },
    ];
    if (address) {
      keys.push({ key: `${form}:address:${address}`, limit: PublicFormThrottle.LIMITS.address });
    }
    const refused = await this.independent.run({}, async (sql) => {
      for (const { key, limit } of keys) {
        const count = await countAttempt(sql, key, WINDOW_SECONDS);
        if (count.attempts > limit) return count;
      }
      return null;
    });
    if (refused) throw tooManyAttempts(refused.retryAfterSeconds);
  }
}
