import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@inclusion/config';
import { IndependentTransactions } from '@inclusion/database';
import { tooManyAttempts } from '../identity.errors';
import { countAttempt, counterSubject, type AttemptCount } from './attempt-counter';

const WINDOW_SECONDS = 15 * 60;
/** Per account: slows guessing one person's password. Per address: slows spraying many accounts. */
const LIMITS = { account: 5, address: 50 };

export interface ThrottleKeys {
  email: string;
  address?: string | null;
  /** Password guesses and requests for emailed links are counted apart. */
  action: 'sign-in' | 'email-link';
}

/**
 * Counts attempts before they are tried: the counter goes up atomically, so parallel guesses
 * cannot all slip under the limit, and it survives the rollback of the operation that failed.
 */
@Injectable()
export class SignInThrottleService {
  constructor(
    private readonly independent: IndependentTransactions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private keys({ email, address, action }: ThrottleKeys): { key: string; limit: number }[] {
    const keys = [
      {
        key: `${action}:account:${counterSubject(this.config.AUTH_SECRET, email)}`,
        limit: LIMITS.account,
      },
    ];
    if (address) keys.push({ key: `${action}:address:${address}`, limit: LIMITS.address });
    return keys;
  }

  /** Counts one attempt; refuses it when the window already holds as many as the limit allows. */
  async attempt(subject: ThrottleKeys): Promise<void> {
    const counts = await this.independent.run({}, async (sql) => {
      const rows: ({ limit: number } & AttemptCount)[] = [];
      for (const { key, limit } of this.keys(subject)) {
        rows.push({ limit, ...(await countAttempt(sql, key, WINDOW_SECONDS)) });
      }
      return rows;
    });
    const over = counts.find((count) => count.attempts > count.limit);
    if (over) throw tooManyAttempts(over.retryAfterSeconds);
  }

  /**
   * After a success: the account starts afresh, and the address gets its attempt back, so that
   * many people signing in from one office network are not throttled; only failures add up there.
   */
  async succeeded(subject: ThrottleKeys): Promise<void> {
    const [account, address] = this.keys(subject);
    await this.independent.run({}, async (sql) => {
      await sql('delete from sign_in_throttle where key = $1', [account.key]);
      if (address) {
        await sql(
          'update sign_in_throttle set failures = greatest(failures - 1, 0) where key = $1',
          [address.key],
        );
      }
    });
  }
}
