import { Module, type DynamicModule, type ModuleMetadata, type Type } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { OutboxMessage } from '../outbox/outbox-message.entity';
import { SecretSealer } from '../secrets/secret.sealer';
import { MAIL_QUEUE } from './mail-queue';
import { MAIL_RELEVANCE_CHECKS, type MailRelevanceCheck } from './mail-relevance-check';
import { MailRelevanceRegistry } from './mail-relevance.registry';
import { MailDelivery } from './mail.delivery';
import { MailProcessor } from './mail.processor';
import { MailTransport } from './mail.transport';
import { OutboxRelay } from './outbox.relay';

export interface MailDeliveryOptions {
  /** Modules the relevance checks depend on (their entities, their services). */
  imports?: ModuleMetadata['imports'];
  /** One class per `relevance.kind` a queued mail may name. */
  relevanceChecks?: Type<MailRelevanceCheck>[];
}

/**
 * The worker's side of mail: the relay, the `mail` queue's processor and the SMTP transport.
 * Needs, from the application, ConfigModule, DatabaseModule.forRoot() and BullModule.forRoot*().
 * Exports the queue registration, for health checks.
 */
@Module({})
export class MailDeliveryModule {
  static register({ imports = [], relevanceChecks = [] }: MailDeliveryOptions = {}): DynamicModule {
    const queue = BullModule.registerQueue({ name: MAIL_QUEUE });
    return {
      module: MailDeliveryModule,
      imports: [MikroOrmModule.forFeature([OutboxMessage]), queue, ...imports],
      providers: [
        ...relevanceChecks,
        {
          provide: MAIL_RELEVANCE_CHECKS,
          useFactory: (...checks: MailRelevanceCheck[]) => checks,
          inject: relevanceChecks,
        },
        MailRelevanceRegistry,
        SecretSealer,
        MailTransport,
        MailDelivery,
        OutboxRelay,
        MailProcessor,
      ],
      exports: [queue],
    };
  }
}
