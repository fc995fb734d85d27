import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { validate as isUuid } from 'uuid';
import { OutboxMessage, OutboxStatus } from './outbox-message.entity';

export const FAILED_PAGE_MAX = 100;
const FAILED_PAGE_DEFAULT = 20;

export interface FailedMailPageArgs {
  /** Page size, capped at FAILED_PAGE_MAX. */
  first?: number | null;
  /** The `endCursor` of the previous page. */
  after?: string | null;
}

export interface FailedMailPage {
  messages: OutboxMessage[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export class InvalidOutboxCursorError extends Error {
  override readonly name = 'InvalidOutboxCursorError';
}

/**
 * What the network operator sees of delivery: the mails that finally failed, and a way to send
 * one again. The caller's EntityManager is scoped as network operator, which the outbox_operator
 * policy lets read and update rows of every tenant. Database only: it works while Redis is down.
 */
@Injectable()
export class OutboxAdmin {
  /** Newest first; ids are UUIDv7, so id order is creation order and a stable cursor. */
  async listFailed(
    em: EntityManager,
    { first, after }: FailedMailPageArgs = {},
  ): Promise<FailedMailPage> {
    if (after && !isUuid(after)) throw new InvalidOutboxCursorError('Invalid cursor');
    const requested = Number.isFinite(first) ? Math.trunc(first as number) : FAILED_PAGE_DEFAULT;
    const size = Math.min(Math.max(requested, 1), FAILED_PAGE_MAX);
    const rows = await em.find(
      OutboxMessage,
      { status: OutboxStatus.Failed, ...(after ? { id: { $lt: after } } : {}) },
      { orderBy: { id: 'desc' }, limit: size + 1 },
    );
    const messages = rows.slice(0, size);
    return {
      messages,
      hasNextPage: rows.length > size,
      endCursor: messages.at(-1)?.id ?? null,
    };
  }

  /**
   * Puts a failed mail back in line with a fresh set of attempts. Null when there is no such
   * message or it has not failed (a double click must not send twice).
   */
  async retry(em: EntityManager, id: string): Promise<OutboxMessage | null> {
    if (!isUuid(id)) return null;
    const message = await em.findOne(
      OutboxMessage,
      { id, status: OutboxStatus.Failed },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!message) return null;
    message.status = OutboxStatus.Pending;
    message.attempts = 0;
    message.availableAt = new Date();
    message.enqueuedAt = null;
    message.processedAt = null;
    await em.flush();
    return message;
  }
}
