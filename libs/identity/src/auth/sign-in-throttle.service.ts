import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@inclusion/database';
import { hashToken } from './secret-token';
import { SignInThrottle } from './sign-in-throttle.entity';
import { tooManyAttempts } from '../identity.errors';

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
 * Counts failed attempts in their own transactions: the operation that failed rolls back, and the
 * count must survive it.
 */
@Injectable()
export class SignInThrottleService {
  constructor(private readonly runner: TransactionRunner) {}

  private keys({ email, address, action }: ThrottleKeys): { key: string; limit: number }[] {
    const keys = [{ key: `${action}:account:${hashToken(email)}`, limit: LIMITS.account }];
    if (address) keys.push({ key: `${action}:address:${address}`, limit: LIMITS.address });
    return keys;
  }

  async assertAllowed(subject: ThrottleKeys): Promise<void> {
    const keys = this.keys(subject);
    const rows = await this.runner.run({}, (em) =>
      em.find(SignInThrottle, { key: { $in: keys.map((k) => k.key) } }),
    );
    const now = Date.now();
    for (const row of rows) {
      const limit = keys.find((k) => k.key === row.key)?.limit ?? 0;
      const windowEnds = row.windowStartedAt.getTime() + WINDOW_SECONDS * 1000;
      if (windowEnds > now && row.failures >= limit) {
        throw tooManyAttempts(Math.ceil((windowEnds - now) / 1000));
      }
    }
  }

  async recordFailure(subject: ThrottleKeys): Promise<void> {
    await this.runner.run({}, async (em) => {
      for (const { key } of this.keys(subject)) {
        await em.execute(
          `insert into sign_in_throttle (key, window_started_at, failures) values (?, now(), 1)
           on conflict (key) do update set
             failures = case when sign_in_throttle.window_started_at < now() - make_interval(secs => ?)
                             then 1 else sign_in_throttle.failures + 1 end,
             window_started_at = case when sign_in_throttle.window_started_at < now() - make_interval(secs => ?)
                                      then now() else sign_in_throttle.window_started_at end`,
          [key, WINDOW_SECONDS, WINDOW_SECONDS],
        );
      }
    });
  }

  async clear(subject: ThrottleKeys): Promise<void> {
    const [account] = this.keys(subject);
    await this.runner.run({}, (em) => em.nativeDelete(SignInThrottle, { key: account.key }));
  }
}
