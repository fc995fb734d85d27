/**
 * The right-hand side of the Message-IDs the worker writes: the domain of MAIL_FROM's address, as
 * RFC 5322 suggests, or the host of PUBLIC_APP_URL when MAIL_FROM names no domain.
 */
export function messageIdDomain(mailFrom: string, appUrl: string): string {
  const address = /<([^<>]*)>\s*$/.exec(mailFrom)?.[1] ?? mailFrom;
  const domain = /@([A-Za-z0-9.-]+)$/.exec(address.trim())?.[1] ?? new URL(appUrl).hostname;
  return domain.toLowerCase();
}

/**
 * The Message-ID of an outbox mail: the same at every attempt to send it, so that a mail sent
 * again (delivery is at least once: a worker killed between the server's acceptance and the
 * commit sends it once more) can be recognised as the same message by whoever receives it.
 */
export const outboxMessageId = (outboxId: string, domain: string): string =>
  `<${outboxId}@${domain}>`;
