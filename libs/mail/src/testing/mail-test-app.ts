import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { BullModule } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { APP_CONFIG, loadConfig, type AppConfig } from '@inclusion/config';
import { DatabaseModule } from '@inclusion/database';
import { MailDeliveryModule, type MailDeliveryOptions } from '../delivery/mail-delivery.module';
import { MAIL_QUEUE } from '../delivery/mail-queue';
import { MailOutboxModule } from '../outbox/mail-outbox.module';

/** Stands in for ConfigModule, so that a suite's settings need not go through process.env. */
@Module({})
class TestConfigModule {}

export interface MailTestAppOptions {
  /** Environment overrides on top of the test run's (DATABASE_URL, SMTP_URL, retry delays...). */
  env: Record<string, string>;
  /** The worker's side too: relay, processor, transport. */
  delivery?: MailDeliveryOptions;
}

export interface MailTestApp {
  app: INestApplicationContext;
  config: AppConfig;
  /** Closes everything, then empties the suite's queue keys from Redis. */
  close(): Promise<void>;
}

/** Leaves Redis as the suite found it: its queue prefix is its own. */
async function obliterateQueue(config: AppConfig): Promise<void> {
  const queue = new Queue(MAIL_QUEUE, {
    connection: { url: config.REDIS_URL },
    prefix: config.QUEUE_PREFIX,
  });
  try {
    await queue.obliterate({ force: true });
  } finally {
    await queue.close();
  }
}

/** The mail modules composed as the api and the worker compose them, with test settings. */
export async function startMailTestApp({
  env,
  delivery,
}: MailTestAppOptions): Promise<MailTestApp> {
  const config = loadConfig({ ...process.env, ...env });
  const app = await NestFactory.createApplicationContext(
    {
      module: TestConfigModule,
      global: true,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
      imports: [
        DatabaseModule.forRoot(),
        MailOutboxModule,
        ...(delivery
          ? [
              BullModule.forRoot({
                connection: { url: config.REDIS_URL },
                prefix: config.QUEUE_PREFIX,
              }),
              MailDeliveryModule.register(delivery),
            ]
          : []),
      ],
    },
    { logger: ['error'] },
  );
  return {
    app,
    config,
    close: async () => {
      await app.close();
      if (delivery) await obliterateQueue(config);
    },
  };
}
