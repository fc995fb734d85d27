import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { IdentityEntitiesModule } from '@inclusion/identity';
import { MailOutboxModule } from '@inclusion/mail';
import { FOLLOW_UP_ENTITIES } from './follow-up-entities';
import { CommitmentRemindersService } from './notifications/commitment-reminders.service';
import { FollowUpNotificationScheduler } from './notifications/follow-up-notification.scheduler';
import { NetworkSummariesService } from './notifications/network-summaries.service';
import { NotificationPreferenceService } from './notifications/notification-preference.service';
import { TenantDigestsService } from './notifications/tenant-digests.service';
import { FollowUpSettingsService } from './settings/follow-up-settings.service';

/** The worker's side of the follow-up: reminders to owners, digests, the network's summary. */
@Module({
  imports: [
    IdentityEntitiesModule,
    MailOutboxModule,
    MikroOrmModule.forFeature(FOLLOW_UP_ENTITIES),
  ],
  providers: [
    NotificationPreferenceService,
    FollowUpSettingsService,
    CommitmentRemindersService,
    TenantDigestsService,
    NetworkSummariesService,
    FollowUpNotificationScheduler,
  ],
  exports: [CommitmentRemindersService, TenantDigestsService, NetworkSummariesService],
})
export class FollowUpNotificationsModule {}
