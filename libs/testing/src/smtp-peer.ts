import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A message as the SMTP peer received it, decoded enough for assertions. */
export interface ReceivedMail {
  /** Envelope recipients (RCPT TO). */
  to: string[];
  from: string | null;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  raw: string;
}

interface MimePart {
  headers: Record<string, string>;
  body: string;
}

function splitPart(raw: string): MimePart {
  const separator = raw.search(/\r?\n\r?\n/);
  const head = separator === -1 ? raw : raw.slice(0, separator);
  const body = separator === -1 ? '' : raw.slice(separator).replace(/^\r?\n\r?\n/, '');
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body };
}

function decodeQuotedPrintable(text: string): Buffer {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i += 1) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i], 'utf8'));
    }
  }
  return Buffer.from(bytes);
}

function decodeBody(part: MimePart): string {
  const encoding = (part.headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  if (encoding === 'base64') return Buffer.from(part.body.replace(/\s+/g, ''), 'base64').toString();
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(part.body).toString('utf8');
  return part.body;
}

/** RFC 2047 encoded words, as nodemailer writes non-ASCII subjects. */
function decodeHeader(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[BQ]\?[^?]*\?=)\s+(?==\?)/gi, '$1')
    .replace(/=\?([^?]+)\?([BQ])\?([^?]*)\?=/gi, (_, _charset, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')).toString('utf8'),
    );
}

/** Leaf parts of a (possibly nested) multipart message. */
function leaves(part: MimePart): MimePart[] {
  const contentType = part.headers['content-type'] ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (!/^multipart\//i.test(contentType) || !boundary) return [part];
  return part.body
    .split(`--${boundary}`)
    .slice(1)
    .filter((chunk) => !chunk.startsWith('--'))
    .flatMap((chunk) => leaves(splitPart(chunk.replace(/^\r?\n/, ''))));
}

function parseMail(raw: string, to: string[], from: string | null): ReceivedMail {
  const message = splitPart(raw);
  const parts = leaves(message);
  const body = (type: string) =>
    parts
      .filter((part) => (part.headers['content-type'] ?? 'text/plain').startsWith(type))
      .map(decodeBody)
      .join('\n');
  return {
    to,
    from,
    subject: decodeHeader(message.headers.subject ?? ''),
    text: body('text/plain'),
    html: body('text/html'),
    headers: message.headers,
    raw,
  };
}

interface Rejection {
  code: number;
  message: string;
  remaining: number;
}

/**
 * A real SMTP server on a free local port, for tests that must see mail leave through nodemailer
 * rather than trust a mock. It can be told to refuse recipients, to exercise retries.
 */
export class SmtpPeer {
  readonly messages: ReceivedMail[] = [];
  private rejection: Rejection | null = null;
  private readonly listeners = new Set<(mail: ReceivedMail) => void>();
  private readonly server: SMTPServer;
  private bound: { host: string; port: number } | null = null;

  private constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      closeTimeout: 1000,
      onRcptTo: (_address, _session, callback) => callback(this.screen()),
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : null;
          const to = session.envelope.rcptTo.map((rcpt) => rcpt.address);
          this.receive(parseMail(Buffer.concat(chunks).toString('utf8'), to, from));
          callback();
        });
      },
    });
  }

  /** Listens on `port` (a free one by default) of `host` (loopback by default). */
  static async start({
    port = 0,
    host = '127.0.0.1',
  }: { port?: number; host?: string } = {}): Promise<SmtpPeer> {
    const peer = new SmtpPeer();
    const bound = await new Promise<number>((resolve, reject) => {
      peer.server.once('error', reject);
      const listening = peer.server.listen(port, host, () => {
        peer.server.off('error', reject);
        // A client that dies mid-conversation resets its connection, and the server reports it:
        // as any SMTP server, the peer goes on serving the others.
        peer.server.on('error', () => undefined);
        resolve((listening.address() as AddressInfo).port);
      });
    });
    peer.bound = { host, port: bound };
    return peer;
  }

  get host(): string {
    return this.listening().host;
  }

  get port(): number {
    return this.listening().port;
  }

  get url(): string {
    return `smtp://${this.host}:${this.port}`;
  }

  /**
   * Refuses recipients with this reply (4xx: try later), the next `times` ones or every one until
   * `accept()`.
   */
  reject(code = 451, message = 'Mailbox busy, try again later', times = Infinity): void {
    this.rejection = { code, message, remaining: times };
  }

  accept(): void {
    this.rejection = null;
  }

  /** Messages received so far that match. */
  find(predicate: (mail: ReceivedMail) => boolean): ReceivedMail[] {
    return this.messages.filter(predicate);
  }

  /** Calls `listener` with every message received from now on; returns the unsubscribe. */
  onMessage(listener: (mail: ReceivedMail) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves with the first message (already received or to come) that matches. */
  waitFor(predicate: (mail: ReceivedMail) => boolean, timeoutMs = 5000): Promise<ReceivedMail> {
    const received = this.messages.find(predicate);
    if (received) return Promise.resolve(received);
    return new Promise((resolve, reject) => {
      const unsubscribe = this.onMessage((mail) => {
        if (!predicate(mail)) return;
        clearTimeout(timer);
        unsubscribe();
        resolve(mail);
      });
      const timer = setTimeout(() => {
        unsubscribe();
        reject(
          new Error(`No matching mail within ${timeoutMs} ms (${this.messages.length} received)`),
        );
      }, timeoutMs);
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private listening(): { host: string; port: number } {
    if (!this.bound) throw new Error('The SMTP peer is not listening');
    return this.bound;
  }

  private screen(): Error | undefined {
    const rejection = this.rejection;
    if (!rejection || rejection.remaining <= 0) return undefined;
    rejection.remaining -= 1;
    return Object.assign(new Error(rejection.message), { responseCode: rejection.code });
  }

  private receive(mail: ReceivedMail): void {
    this.messages.push(mail);
    for (const listener of [...this.listeners]) listener(mail);
  }
}
