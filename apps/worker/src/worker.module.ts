import { Module, type DynamicModule } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { APP_CONFIG, ConfigModule, type AppConfig } from '@inclusion/config';
import { DatabaseModule } from '@inclusion/database';
import {
  ActivityRemindersModule,
  EditionsPersonalData,
  EditionsPrivacyModule,
  RegistrationRelevanceCheck,
} from '@inclusion/editions';
import { IdentityEntitiesModule, InvitationRelevanceCheck } from '@inclusion/identity';
import { EvaluationPersonalData, EvaluationPrivacyModule } from '@inclusion/evaluation';
import {
  FollowUpNotificationsModule,
  FollowUpPersonalData,
  FollowUpPrivacyModule,
} from '@inclusion/follow-up';
import { MailDeliveryModule, type MailDeliveryOptions } from '@inclusion/mail';
import { MentoringPersonalData, MentoringPrivacyModule } from '@inclusion/mentoring';
import { ParticipantsPersonalData, ParticipantsPrivacyModule } from '@inclusion/participants';
import { RetentionModule } from '@inclusion/privacy';
import { HealthServer } from './health/health.server';
import { WorkerHealth } from './health/worker-health';

/**
 * What other contexts plug into the worker: today, the relevance checks of the mails they queue
 * (and the modules those checks need), e.g.
 * `{ imports: [IdentityEntitiesModule], relevanceChecks: [InvitationRelevanceCheck] }`.
 */
export type WorkerModuleOptions = MailDeliveryOptions;

/**
 * The contexts with work in the worker (reminders, the retention of participants' data), and how
 * it asks whether each mail still applies.
 */
export const WORKER_CONTEXTS: WorkerModuleOptions = {
  imports: [
    IdentityEntitiesModule,
    ActivityRemindersModule,
    FollowUpNotificationsModule,
    RetentionModule.register({
      imports: [
        EditionsPrivacyModule,
        ParticipantsPrivacyModule,
        EvaluationPrivacyModule,
        FollowUpPrivacyModule,
        MentoringPrivacyModule,
      ],
      contributors: [
        EditionsPersonalData,
        ParticipantsPersonalData,
        EvaluationPersonalData,
        FollowUpPersonalData,
        MentoringPersonalData,
      ],
    }),
  ],
  relevanceChecks: [InvitationRelevanceCheck, RegistrationRelevanceCheck],
};

/** The worker process: the BullMQ processors and the outbox relay, on the runtime database role. */
@Module({})
export class WorkerModule {
  static register(options: WorkerModuleOptions = {}): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule,
        DatabaseModule.forRoot(),
        BullModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            connection: { url: config.REDIS_URL },
            prefix: config.QUEUE_PREFIX,
          }),
        }),
        MailDeliveryModule.register(options),
      ],
      providers: [WorkerHealth, HealthServer],
      exports: [HealthServer],
    };
  }
}
