import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { SecretSealer } from '../secrets/secret.sealer';
import { OutboxAdmin } from './outbox.admin';
import { OutboxMessage } from './outbox-message.entity';
import { OutboxWriter } from './outbox.writer';

/** The API's side of mail: decide a mail inside a transaction, and let operators retry failures. */
@Module({
  imports: [MikroOrmModule.forFeature([OutboxMessage])],
  providers: [SecretSealer, OutboxWriter, OutboxAdmin],
  exports: [OutboxWriter, OutboxAdmin],
})
export class MailOutboxModule {}
