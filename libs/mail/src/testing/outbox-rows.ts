import type { TransactionRunner } from '@inclusion/database';
import { OutboxMessage, type OutboxStatus } from '../outbox/outbox-message.entity';

/** The row as the worker sees it (system scope), fresh from the database. */
export const readOutbox = (runner: TransactionRunner, id: string): Promise<OutboxMessage | null> =>
  runner.run({ system: true }, (em) => em.findOne(OutboxMessage, id));

/** Delivery is asynchronous (BullMQ): waits until the row reaches `status`. */
export async function waitForStatus(
  runner: TransactionRunner,
  id: string,
  status: OutboxStatus,
  timeoutMs = 5000,
): Promise<OutboxMessage> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = await readOutbox(runner, id);
    if (row?.status === status) return row;
    if (Date.now() > deadline) {
      throw new Error(`Outbox row ${id} is ${row?.status ?? 'missing'}, not ${status}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
