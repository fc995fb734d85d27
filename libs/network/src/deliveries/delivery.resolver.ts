import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArgs, invalidCursor, notFound, PageArgs } from '@inclusion/graphql';
import { Access, Ctx, type RequestContext } from '@inclusion/identity';
import { InvalidOutboxCursorError, OutboxAdmin, type OutboxMessage } from '@inclusion/mail';
import { FailedDeliveryConnection, FailedDeliveryType } from './delivery.types';

/** "c…@lyon.fr": enough to see which city's mail server refuses, not whom it was for. */
export function maskAddress(address: string): string {
  const [local, domain] = address.split('@');
  return domain ? `${local.slice(0, 1)}…@${domain}` : '…';
}

/** SMTP replies often quote the address; the operator gets the masked form there too. */
const maskAddresses = (text: string | null | undefined): string | null =>
  text?.replace(/[^\s<>"'@,;:]+@[^\s<>"',;:]+/g, (address) => maskAddress(address)) ?? null;

function toFailedDelivery(message: OutboxMessage): FailedDeliveryType {
  const payload = message.payload as { template?: string; to?: string };
  return {
    id: message.id,
    tenantId: message.tenantId,
    template: payload.template ?? message.topic,
    recipient: maskAddress(payload.to ?? ''),
    attempts: message.attempts,
    lastError: maskAddresses(message.lastError),
    createdAt: message.createdAt,
    failedAt: message.processedAt ?? message.updatedAt,
  };
}

@Resolver()
export class DeliveryResolver {
  constructor(private readonly outbox: OutboxAdmin) {}

  @Access.networkOperator()
  @Query(() => FailedDeliveryConnection, {
    description: 'Mails that finally failed, newest first.',
  })
  async failedDeliveries(@Ctx() ctx: RequestContext, @Args() args: PageArgs) {
    try {
      const page = await this.outbox.listFailed(ctx.em, args);
      return {
        edges: page.messages.map((message) => ({
          cursor: message.id,
          node: toFailedDelivery(message),
        })),
        pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      };
    } catch (error) {
      if (error instanceof InvalidOutboxCursorError) {
        throw invalidCursor();
      }
      throw error;
    }
  }

  @Access.networkOperator()
  @Mutation(() => FailedDeliveryType, {
    description: 'Sends a failed mail again, with fresh retries.',
  })
  async retryDelivery(@Ctx() ctx: RequestContext, @Args() args: IdArgs) {
    const message = await this.outbox.retry(ctx.em, args.id);
    if (!message) throw notFound('DELIVERY_NOT_FOUND');
    ctx.affect(message.id);
    return toFailedDelivery(message);
  }
}
