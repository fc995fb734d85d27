import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from '@inclusion/config';
import { createWorker } from './bootstrap';
import { HealthServer } from './health/health.server';

async function main(): Promise<void> {
  const config = loadConfig();
  const worker = await createWorker(config);
  const port = await worker.get(HealthServer).listen(config.WORKER_HEALTH_PORT);
  new Logger('Worker').log(
    `Worker started: mail relay every ${config.OUTBOX_POLL_MS} ms, queues "${config.QUEUE_PREFIX}", health on :${port}/health`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
