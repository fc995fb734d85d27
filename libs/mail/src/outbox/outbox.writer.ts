import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SecretSealer } from '../secrets/secret.sealer';
import { OutboxMessage } from './outbox-message.entity';
import { MAIL_TOPIC, prepareMail, type QueuedMail } from './queued-mail';

/**
 * Records a mail in the caller's transaction, next to the change that calls for it: both commit
 * or neither does. Nothing touches Redis here, so a queue outage never fails the user's request.
 */
@Injectable()
export class OutboxWriter {
  constructor(private readonly sealer: SecretSealer) {}

  /** Persists the row; the caller's flush or commit writes it. Throws `InvalidMailError`. */
  queueMail(em: EntityManager, mail: QueuedMail): OutboxMessage {
    const { payload, secret } = prepareMail(mail);
    const message = new OutboxMessage();
    message.tenantId = mail.tenantId;
    message.topic = MAIL_TOPIC;
    message.payload = payload as unknown as Record<string, unknown>;
    message.sealedSecret = secret ? this.sealer.seal(secret, message.id) : null;
    em.persist(message);
    return message;
  }
}
