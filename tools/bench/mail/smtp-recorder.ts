import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One accepted message: when, to whom, and the Message-ID it carried. */
export interface Receipt {
  at: number;
  messageId: string | null;
  to: string;
}

// The header block is all the benchmark reads; a body is skipped, however long.
const HEADER_LIMIT = 64 * 1024;

function messageIdOf(header: string): string | null {
  const unfolded = header.replace(/\r?\n[ \t]+/g, ' ');
  const match = /^message-id:[ \t]*(\S+)/im.exec(unfolded);
  return match ? match[1] : null;
}

/**
 * An SMTP peer for thousands of messages: it keeps, per message, its receipt time, recipient and
 * Message-ID, never the body (libs/testing's SmtpPeer keeps and parses whole messages, which a
 * test wants and a 10,000-mail run does not). A message counts once its data has ended and the
 * server has answered 250: a client killed before reading that answer believes the message
 * unsent and sends it again, and the recorder sees both, as a real server would.
 */
export class SmtpRecorder {
  readonly receipts: Receipt[] = [];
  private readonly listeners = new Set<(receipt: Receipt) => void>();
  private readonly server: SMTPServer;
  private port = 0;

  private constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      closeTimeout: 1000,
      // The worker's pool keeps a few connections open; leave headroom for a second worker.
      maxClients: 200,
      onData: (stream, session, callback) => {
        let header = '';
        let complete = false;
        stream.on('data', (chunk: Buffer) => {
          if (complete) return;
          header += chunk.toString('latin1');
          const end = header.search(/\r?\n\r?\n/);
          if (end !== -1) {
            header = header.slice(0, end);
            complete = true;
          } else if (header.length > HEADER_LIMIT) {
            complete = true;
          }
        });
        stream.on('end', () => {
          // Read before answering: the session forgets its envelope once the message is taken.
          const receipt = {
            at: performance.now(),
            messageId: messageIdOf(header),
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address).join(','),
          };
          // Accepted (250 on its way to the client), then recorded.
          callback();
          this.record(receipt);
        });
      },
    });
  }

  static async start(): Promise<SmtpRecorder> {
    const recorder = new SmtpRecorder();
    await new Promise<void>((resolve, reject) => {
      recorder.server.once('error', reject);
      const listening = recorder.server.listen(0, '127.0.0.1', () => {
        recorder.port = (listening.address() as AddressInfo).port;
        recorder.server.off('error', reject);
        // The benchmark kills a worker mid-conversation: its connections reset, and the server
        // reports each. As any SMTP server, the recorder goes on serving the others.
        recorder.server.on('error', () => undefined);
        resolve();
      });
    });
    return recorder;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  get count(): number {
    return this.receipts.length;
  }

  /** Calls `listener` with every message accepted from now on; returns the unsubscribe. */
  onReceipt(listener: (receipt: Receipt) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Forgets what was received, between two scenarios. */
  clear(): void {
    this.receipts.length = 0;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private record(receipt: Receipt): void {
    this.receipts.push(receipt);
    for (const listener of [...this.listeners]) listener(receipt);
  }
}
