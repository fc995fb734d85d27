import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@inclusion/config';
import { ActivityRemindersService } from './activity-reminders.service';

/** Looks for reminders to queue every REMINDER_SCAN_MS in the worker; a failed scan is retried. */
@Injectable()
export class ReminderScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReminderScheduler.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reminders: ActivityRemindersService,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running ??= this.reminders
        .queueDue()
        .catch((error: unknown) => this.logger.warn(`Reminder scan failed: ${String(error)}`))
        .finally(() => (this.running = null));
    }, this.config.REMINDER_SCAN_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
