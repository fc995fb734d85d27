import { Logger, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '@inclusion/config';
import { assertRuntimeRoleIsConfined } from '@inclusion/database';
import { AppModule } from './app.module';
import { ExpressServerAdapter } from './http/express-server.adapter';
import { prepareDatabase } from './prepare-database';

/** Builds the API app; used by main.ts and by the end-to-end tests, so both run the same thing. */
export async function createApi(config: AppConfig): Promise<INestApplication> {
  await assertRuntimeRoleIsConfined(config.DATABASE_URL);
  if (config.migrateOnStart) {
    const applied = await prepareDatabase(config.DATABASE_OWNER_URL);
    if (applied.length) new Logger('Migrations').log(`Applied ${applied.join(', ')}`);
  }
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule,
    new ExpressServerAdapter(),
    {
      logger: config.NODE_ENV === 'test' ? ['error', 'warn'] : undefined,
      abortOnError: false,
    },
  );
  // Sign-in throttling keys on the client address; behind a proxy it comes from X-Forwarded-For.
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  // GraphQL answers POST requests, which no cache revalidates: hashing each answer (50 commitments
  // make 15 KB) for an ETag was work for nothing.
  app.set('etag', false);
  // Receipts travel base64-encoded in GraphQL (5 MB files, a third more once encoded).
  app.useBodyParser('json', { limit: '8mb' });
  app.enableShutdownHooks();
  return app;
}
