import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@inclusion/config';
import { PeriodicTask } from '@inclusion/database';
import { ActivityRemindersService } from './activity-reminders.service';

/** Looks for reminders to queue every REMINDER_SCAN_MS in the worker. */
@Injectable()
export class ReminderScheduler extends PeriodicTask {
  protected readonly intervalMs: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly reminders: ActivityRemindersService,
  ) {
    super();
    this.intervalMs = config.REMINDER_SCAN_MS;
  }

  protected run() {
    return this.reminders.queueDue();
  }
}
