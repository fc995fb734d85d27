import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { IdentityEntitiesModule } from '@inclusion/identity';
import { MailOutboxModule } from '@inclusion/mail';
import { MethodologyModule } from '@inclusion/methodology';
import { Activity } from '../activities/activity.entity';
import { Registration } from '../activities/registration.entity';
import { Edition } from '../editions/edition.entity';
import { EditionPhase } from '../phases/edition-phase.entity';
import { ActivityRemindersService } from './activity-reminders.service';
import { ReminderScheduler } from './reminder.scheduler';

/** The worker's side of activities: reminder mails before they start. */
@Module({
  imports: [
    IdentityEntitiesModule,
    MethodologyModule,
    MailOutboxModule,
    MikroOrmModule.forFeature([Edition, EditionPhase, Activity, Registration]),
  ],
  providers: [ActivityRemindersService, ReminderScheduler],
  exports: [ActivityRemindersService, MikroOrmModule],
})
export class ActivityRemindersModule {}
