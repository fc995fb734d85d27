import { connect, type Socket } from 'node:net';

/** What nodemailer passes to a pool's `getSocket`: the parsed SMTP_URL and its options. */
export interface SmtpSocketOptions {
  host?: string;
  port?: number | string;
  secure?: boolean;
  localAddress?: string;
  connectionTimeout?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * Opens the TCP connection to the SMTP server with Nagle's algorithm off, for nodemailer's pool
 * (`getSocket`). Nodemailer writes the end of a message (`\r\n.\r\n`) apart from its body, and
 * Nagle holds that small segment until the server acknowledges the body, which a server delays
 * by 40 ms on Linux: 40 ms of nothing per mail, one connection capped near 25 mails a second.
 * The socket is handed over connected and in clear; nodemailer still does the rest (the greeting,
 * STARTTLS, or TLS at once for smtps, with the `tls.*` options of SMTP_URL). A proxy configured
 * in nodemailer replaces this function.
 */
export function connectWithoutDelay(
  options: SmtpSocketOptions,
  callback: (error: Error | null, socketOptions?: { connection: Socket }) => void,
): void {
  // As nodemailer's SMTPConnection picks them when the URL names no port.
  const port = Number(options.port) || (options.secure ? 465 : 587);
  const socket = connect({
    host: options.host || 'localhost',
    port,
    localAddress: options.localAddress,
  });
  let answered = false;
  const answer = (error: Error | null) => {
    if (answered) return;
    answered = true;
    clearTimeout(timer);
    socket.off('error', answer);
    if (error) {
      socket.destroy();
      callback(error);
    } else {
      callback(null, { connection: socket });
    }
  };
  const timeoutMs = options.connectionTimeout ?? DEFAULT_TIMEOUT_MS;
  const timer = setTimeout(
    () =>
      answer(
        Object.assign(new Error(`Connection timeout after ${timeoutMs} ms`), { code: 'ETIMEDOUT' }),
      ),
    timeoutMs,
  );
  socket.once('connect', () => {
    socket.setNoDelay(true);
    answer(null);
  });
  socket.once('error', answer);
}
