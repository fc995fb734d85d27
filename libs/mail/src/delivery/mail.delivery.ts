import { Inject, Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { APP_CONFIG, type AppConfig } from '@inclusion/config';
import { enterTenant, TransactionRunner } from '@inclusion/database';
import { OutboxMessage, OutboxStatus } from '../outbox/outbox-message.entity';
import { InvalidMailError, MAIL_TOPIC, readPayload, type MailPayload } from '../outbox/queued-mail';
import { SecretSealer } from '../secrets/secret.sealer';
import { mailNeedsSecret, mailSendBefore, renderMail } from '../templates/mail-templates';
import { describeFailure, MailSendError } from './delivery-failure';
import { MailRelevanceRegistry } from './mail-relevance.registry';
import { MailTransport } from './mail.transport';
import { messageIdDomain, outboxMessageId } from './message-id';

/** What became of one delivery job; `settled` means an earlier job already finished the row. */
export type DeliveryOutcome = 'sent' | 'skipped' | 'settled' | 'missing';

const DELIVERABLE: ReadonlySet<OutboxStatus> = new Set([
  OutboxStatus.Pending,
  OutboxStatus.Enqueued,
]);

/** The life of one outbox row in the worker: sent, skipped, or failed for the operator to see. */
@Injectable()
export class MailDelivery {
  private readonly messageIdDomain: string;

  constructor(
    private readonly runner: TransactionRunner,
    private readonly sealer: SecretSealer,
    private readonly relevance: MailRelevanceRegistry,
    private readonly transport: MailTransport,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'PUBLIC_APP_URL' | 'MAIL_FROM'>,
  ) {
    this.messageIdDomain = messageIdDomain(config.MAIL_FROM, config.PUBLIC_APP_URL);
  }

  /**
   * The row stays locked while SMTP accepts the mail, so a duplicate job for it (a requeued row,
   * a stalled job run twice) waits and then finds it sent. Should the commit fail after SMTP
   * accepted, the next attempt sends again: delivery is at least once, never silently dropped.
   * Every attempt carries the same Message-ID, derived from the outbox id, so that a receiver can
   * tell such a resend from a new mail.
   */
  deliver(outboxId: string): Promise<DeliveryOutcome> {
    return this.runner.run({ system: true }, async (em) => {
      const message = await this.lock(em, outboxId);
      if (!message) return 'missing';
      if (!DELIVERABLE.has(message.status)) return 'settled';
      const payload = readPayload(message.payload);
      // The relevance check reads the tenant's own records, under its policies and filter; a
      // mail with nothing to check needs no tenant scope (one statement less per mail).
      if (payload.relevance && message.tenantId) await enterTenant(em, message.tenantId);
      if (!(await this.relevance.isStillRelevant(em, payload.relevance))) {
        return this.skip(message, null);
      }
      if (this.tooLate(payload)) {
        return this.skip(
          message,
          'Too late: its link expired, or its moment passed, before sending',
        );
      }

      const secret = mailNeedsSecret(payload.template) ? this.unseal(message) : undefined;
      const rendered = renderMail(payload.template, payload.params, {
        locale: payload.locale,
        appUrl: this.config.PUBLIC_APP_URL,
        secret,
        timeZone: payload.timeZone,
      });
      try {
        await this.transport.send({
          to: payload.to,
          ...rendered,
          messageId: outboxMessageId(message.id, this.messageIdDomain),
        });
      } catch (error) {
        const secrets = secret ? [secret, encodeURIComponent(secret)] : [];
        throw new MailSendError(describeFailure(error, secrets));
      }
      message.status = OutboxStatus.Sent;
      message.attempts += 1;
      message.processedAt = new Date();
      message.sealedSecret = null;
      return 'sent';
    });
  }

  /**
   * Runs after the delivery's transaction rolled back. A final failure keeps the sealed secret
   * while the link still works, so that an operator's retry sends a usable link; the relay wipes
   * it once the link has expired.
   */
  recordFailure(outboxId: string, error: unknown, final: boolean): Promise<void> {
    return this.runner.run({ system: true }, async (em) => {
      const message = await this.lock(em, outboxId);
      if (!message || !DELIVERABLE.has(message.status)) return;
      message.attempts += 1;
      message.lastError = describeFailure(error);
      if (!final) return;
      message.status = OutboxStatus.Failed;
      message.processedAt = new Date();
      if (error instanceof InvalidMailError || this.payloadTooLate(message)) {
        message.sealedSecret = null;
      }
    });
  }

  private lock(em: EntityManager, id: string): Promise<OutboxMessage | null> {
    return em.findOne(
      OutboxMessage,
      { id, topic: MAIL_TOPIC },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
  }

  private skip(message: OutboxMessage, reason: string | null): DeliveryOutcome {
    message.status = OutboxStatus.Skipped;
    message.processedAt = new Date();
    message.sealedSecret = null;
    if (reason) message.lastError = reason;
    return 'skipped';
  }

  private unseal(message: OutboxMessage): string {
    if (!message.sealedSecret) throw new InvalidMailError('The secret of this mail is gone');
    try {
      return this.sealer.unseal(message.sealedSecret, message.id);
    } catch {
      throw new InvalidMailError(
        'The secret of this mail cannot be unsealed (AUTH_SECRET changed?)',
      );
    }
  }

  /** Past the template's cut-off: a link's expiry, or the start of the activity it announces. */
  private tooLate(payload: MailPayload): boolean {
    const time = Date.parse(mailSendBefore(payload.template, payload.params as never));
    return Number.isNaN(time) || time <= Date.now();
  }

  /** `tooLate` for a row whose payload may not even be readable (then it is too late, too). */
  private payloadTooLate(message: OutboxMessage): boolean {
    try {
      return this.tooLate(readPayload(message.payload));
    } catch {
      return true;
    }
  }
}
