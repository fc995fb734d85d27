import { Entity, Enum, Index, Property, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '@inclusion/database';

export enum OutboxStatus {
  Pending = 'pending',
  Enqueued = 'enqueued',
  Sent = 'sent',
  Failed = 'failed',
  /** The domain record it was about no longer calls for it (an invitation revoked before sending). */
  Skipped = 'skipped',
}

/**
 * A notification decided inside a domain transaction and delivered after it commits. The row is
 * written in the same transaction as the change, so a crash or a Redis outage loses nothing.
 */
@Entity({ tableName: 'outbox_message' })
@Index({ properties: ['status', 'availableAt'] })
export class OutboxMessage extends BaseEntity {
  /** Null for platform mail (a password reset is not about a tenant). */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  tenantId?: string | null;

  @Property({ type: 'text' })
  topic!: string;

  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  /** A secret the message must carry (a sign-in link), sealed with the platform key; wiped once sent. */
  @Property({ type: 'text', nullable: true, hidden: true })
  sealedSecret?: string | null;

  @Enum({ items: () => OutboxStatus })
  status: Opt<OutboxStatus> = OutboxStatus.Pending;

  @Property({ type: 'integer' })
  attempts: Opt<number> = 0;

  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  @Property({ type: 'datetime' })
  availableAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', nullable: true })
  enqueuedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  processedAt?: Date | null;
}
