import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@inclusion/config';
import { PeriodicTask } from '@inclusion/database';
import { CommitmentRemindersService } from './commitment-reminders.service';
import { NetworkSummariesService } from './network-summaries.service';
import { TenantDigestsService } from './tenant-digests.service';

/**
 * Every FOLLOW_UP_SCAN_MS in the worker: reminders, digests and summaries whose period has come.
 * Each is claimed once per person and period, so scanning often only makes them timely.
 */
@Injectable()
export class FollowUpNotificationScheduler extends PeriodicTask {
  protected readonly intervalMs: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly reminders: CommitmentRemindersService,
    private readonly digests: TenantDigestsService,
    private readonly summaries: NetworkSummariesService,
  ) {
    super();
    this.intervalMs = config.FOLLOW_UP_SCAN_MS;
  }

  protected async run() {
    await this.reminders.queueDue();
    await this.digests.queueDue();
    await this.summaries.queueDue();
  }
}
