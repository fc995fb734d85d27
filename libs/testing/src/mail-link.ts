import type { ReceivedMail } from './smtp-peer';

/** The one-time token in a mail's link, as the recipient would click it. */
export function tokenIn(mail: ReceivedMail): string {
  const match = /token=([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match) throw new Error(`No link in: ${mail.text}`);
  return match[1];
}
