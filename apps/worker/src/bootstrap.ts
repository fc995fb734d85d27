import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AppConfig } from '@inclusion/config';
import { assertRuntimeRoleIsConfined } from '@inclusion/database';
import { WORKER_CONTEXTS, WorkerModule, type WorkerModuleOptions } from './worker.module';

/** Builds the worker; used by main.ts and by end-to-end tests, so both run the same thing. */
export async function createWorker(
  config: AppConfig,
  options: WorkerModuleOptions = WORKER_CONTEXTS,
): Promise<INestApplicationContext> {
  await assertRuntimeRoleIsConfined(config.DATABASE_URL);
  const app = await NestFactory.createApplicationContext(WorkerModule.register(options), {
    logger: config.NODE_ENV === 'test' ? ['error', 'warn'] : undefined,
    abortOnError: false,
  });
  app.enableShutdownHooks();
  return app;
}
