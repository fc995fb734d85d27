import { Queue } from 'bullmq';
import { MAIL_QUEUE } from '@inclusion/mail';

/** Removes every key of the mail queue under the benchmark's own prefix. */
export async function obliterateMailQueue(redisUrl: string, prefix: string): Promise<void> {
  const queue = new Queue(MAIL_QUEUE, { connection: { url: redisUrl }, prefix });
  try {
    await queue.obliterate({ force: true });
  } finally {
    await queue.close();
  }
}
