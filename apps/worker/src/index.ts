export { WORKER_CONTEXTS, WorkerModule, type WorkerModuleOptions } from './worker.module';
export { createWorker } from './bootstrap';
export { HealthServer } from './health/health.server';
export { WorkerHealth, type HealthReport } from './health/worker-health';
