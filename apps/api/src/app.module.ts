import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import {
  Inject,
  Module,
  ValidationPipe,
  type MiddlewareConsumer,
  type NestModule,
} from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { MikroORM } from '@mikro-orm/postgresql';
import { AuditModule, AuditService, auditedMutations } from '@inclusion/audit';
import { APP_CONFIG, ConfigModule, type AppConfig } from '@inclusion/config';
import { countingStatements, DatabaseModule } from '@inclusion/database';
import { EditionsModule, EditionsPersonalData, EditionsPrivacyModule } from '@inclusion/editions';
import {
  EvaluationModule,
  EvaluationPersonalData,
  EvaluationPrivacyModule,
} from '@inclusion/evaluation';
import { FollowUpModule, FollowUpPersonalData, FollowUpPrivacyModule } from '@inclusion/follow-up';
import { graphqlOptions, RedactingExceptionFilter } from '@inclusion/graphql';
import { AccessGuard, IdentityModule } from '@inclusion/identity';
import {
  MentoringModule,
  MentoringPersonalData,
  MentoringPrivacyModule,
} from '@inclusion/mentoring';
import { MethodologyModule } from '@inclusion/methodology';
import { NetworkModule } from '@inclusion/network';
import {
  ParticipantsModule,
  ParticipantsPersonalData,
  ParticipantsPrivacyModule,
} from '@inclusion/participants';
import { PrivacyModule } from '@inclusion/privacy';
import { HealthController } from './health/health.controller';
import { createRequestContext } from './request-context.factory';

@Module({
  imports: [
    ConfigModule,
    DatabaseModule.forRoot(),
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [AuditModule],
      inject: [APP_CONFIG, MikroORM, AuditService],
      useFactory: (config: AppConfig, orm: MikroORM, audit: AuditService) =>
        graphqlOptions({
          isProduction: config.isProduction,
          createContext: (req) => createRequestContext(orm, req),
          transformSchema: auditedMutations(audit),
        }),
    }),
    IdentityModule,
    AuditModule,
    NetworkModule,
    MethodologyModule,
    EditionsModule,
    ParticipantsModule,
    // Every library that keeps personal data contributes to a person's export and erasure.
    PrivacyModule.register({
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
    EvaluationModule,
    FollowUpModule,
    MentoringModule,
  ],
  controllers: [HealthController],
  providers: [
    { provide: APP_GUARD, useExisting: AccessGuard },
    { provide: APP_FILTER, useClass: RedactingExceptionFilter },
    {
      provide: APP_PIPE,
      useValue: new ValidationPipe({
        whitelist: true,
        forbidNonWhitelisted: true,
        transform: true,
      }),
    },
  ],
})
export class AppModule implements NestModule {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  configure(consumer: MiddlewareConsumer): void {
    // After the body is parsed, so that the whole operation runs inside the count.
    if (this.config.SQL_STATEMENT_STATS) {
      consumer
        .apply((_req: unknown, _res: unknown, next: () => void) => countingStatements(next))
        .forRoutes('graphql');
    }
  }
}
