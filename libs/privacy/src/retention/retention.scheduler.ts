import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@inclusion/config';
import { PeriodicTask } from '@inclusion/database';
import { RetentionService } from './retention.service';

/** Runs the retention scan every RETENTION_SCAN_MS in the worker. */
@Injectable()
export class RetentionScheduler extends PeriodicTask {
  protected readonly intervalMs: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly retention: RetentionService,
  ) {
    super();
    this.intervalMs = config.RETENTION_SCAN_MS;
  }

  protected run() {
    return this.retention.scan();
  }
}
