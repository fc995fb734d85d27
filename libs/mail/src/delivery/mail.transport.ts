import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import SMTPPool from 'nodemailer/lib/smtp-pool';
import { APP_CONFIG, type AppConfig } from '@inclusion/config';
import { connectWithoutDelay } from './smtp-socket';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** `<id@domain>`, the same at every attempt; nodemailer makes a random one when absent. */
  messageId?: string;
}

type TransportConfig = Pick<AppConfig, 'SMTP_URL' | 'MAIL_FROM' | 'MAIL_CONCURRENCY'>;

/**
 * Nodemailer over SMTP, pooled: as many connections as mails delivered at once
 * (MAIL_CONCURRENCY), each opened with Nagle's algorithm off (see `connectWithoutDelay`).
 * Timeouts are far below nodemailer's defaults (minutes) because a delivery holds its outbox row
 * locked while the server answers. Options in the SMTP_URL query string (`?secure=true`,
 * `?tls.rejectUnauthorized=false`, `?maxConnections=2`...) override these.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly transporter: Transporter<SMTPPool.SentMessageInfo, SMTPPool.Options>;
  private readonly from: string;

  constructor(@Inject(APP_CONFIG) config: TransportConfig) {
    this.from = config.MAIL_FROM;
    this.transporter = createTransport(
      new SMTPPool({
        pool: true,
        url: config.SMTP_URL,
        maxConnections: config.MAIL_CONCURRENCY,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
        getSocket: connectWithoutDelay,
      }),
    );
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transporter.sendMail({ from: this.from, ...mail });
  }

  onApplicationShutdown(): void {
    this.transporter.close();
  }
}
