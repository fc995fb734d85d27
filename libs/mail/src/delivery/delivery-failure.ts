const MAX_LENGTH = 500;

/**
 * The reason an operator reads in `lastError`: the SMTP code and message, short, with any secret
 * the message might echo taken out.
 */
export function describeFailure(error: unknown, secrets: readonly string[] = []): string {
  const details = (typeof error === 'object' && error !== null ? error : {}) as {
    code?: unknown;
    responseCode?: unknown;
  };
  const codes = [details.code, details.responseCode]
    .filter((code) => typeof code === 'string' || typeof code === 'number')
    .join(' ');
  let message = error instanceof Error ? error.message : String(error);
  for (const secret of secrets) {
    if (secret) message = message.split(secret).join('[secret]');
  }
  const text = (codes ? `${codes}: ${message}` : message).replace(/\s+/g, ' ').trim();
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}

/** A send that failed, with a reason already fit to store. */
export class MailSendError extends Error {
  override readonly name = 'MailSendError';
}
