import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '@inclusion/config';
import { DatabaseModule, TransactionRunner } from '@inclusion/database';
import { MailOutboxModule, OutboxWriter } from '@inclusion/mail';
import { sampleMail } from './sample-mails';

/** The configuration the bench gives the writer, without touching process.env. */
@Module({})
class BenchConfigModule {}

const PER_TRANSACTION = 500;

/** The API's side of mail (OutboxWriter on the runtime role) against the bench's database. */
export async function startOutboxWriter(config: AppConfig): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(
    {
      module: BenchConfigModule,
      global: true,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
      imports: [DatabaseModule.forRoot(), MailOutboxModule],
    },
    { logger: ['error', 'warn'] },
  );
}

/**
 * Queues `count` mails as the apps do, through OutboxWriter in tenant-scoped transactions (the
 * policies then check each row's tenant), a few hundred per transaction. Returns, per recipient,
 * the outbox id of its mail.
 */
export async function seedOutbox(
  app: INestApplicationContext,
  count: number,
): Promise<Map<string, string>> {
  const runner = app.get(TransactionRunner);
  const writer = app.get(OutboxWriter);
  const ids = new Map<string, string>();
  const byTenant = new Map<string | null, ReturnType<typeof sampleMail>[]>();
  for (let index = 0; index < count; index += 1) {
    const mail = sampleMail(index);
    const list = byTenant.get(mail.tenantId) ?? [];
    list.push(mail);
    byTenant.set(mail.tenantId, list);
  }
  for (const [tenantId, mails] of byTenant) {
    for (let start = 0; start < mails.length; start += PER_TRANSACTION) {
      const chunk = mails.slice(start, start + PER_TRANSACTION);
      await runner.run({ tenantId }, async (em) => {
        for (const mail of chunk) ids.set(mail.to, writer.queueMail(em, mail).id);
      });
    }
  }
  return ids;
}
