import { Module } from '@nestjs/common';
import { ConfigModule } from '@inclusion/config';
import { DatabaseModule } from '@inclusion/database';
import { EditionsModule } from '@inclusion/editions';
import { EvaluationModule } from '@inclusion/evaluation';
import { IdentityModule } from '@inclusion/identity';
import { ParticipantsModule } from '@inclusion/participants';

@Module({
  imports: [
    ConfigModule,
    DatabaseModule.forRoot(),
    IdentityModule,
    EditionsModule,
    ParticipantsModule,
    EvaluationModule,
  ],
})
export class CliModule {}
