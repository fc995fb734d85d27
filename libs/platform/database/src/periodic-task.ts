import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { redactedFailure } from './redacted-failure';

/**
 * Work a process repeats on a timer (the worker's scans). A run never overlaps the previous one, a
 * failed run is logged without its message (it may hold personal data) and retried at the next
 * tick, and shutdown waits for the run in progress.
 */
export abstract class PeriodicTask implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(this.constructor.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  protected abstract readonly intervalMs: number;
  protected abstract run(): Promise<unknown>;

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running ??= this.run()
        .catch((error: unknown) => this.logger.warn(`Run failed: ${redactedFailure(error)}`))
        .finally(() => (this.running = null));
    }, this.intervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
