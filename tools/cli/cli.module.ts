import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { ConfigModule } from '@inclusion/config';
import { DatabaseModule } from '@inclusion/database';
import { EditionsModule } from '@inclusion/editions';
import { EvaluationModule } from '@inclusion/evaluation';
import { FOLLOW_UP_ENTITIES } from '@inclusion/follow-up';
import { IdentityModule } from '@inclusion/identity';
import { MENTORING_ENTITIES } from '@inclusion/mentoring';
import { ParticipantsModule } from '@inclusion/participants';

@Module({
  imports: [
    ConfigModule,
    DatabaseModule.forRoot(),
    IdentityModule,
    EditionsModule,
    ParticipantsModule,
    EvaluationModule,
    // The follow-up's and the mentoring's entities only: their modules bring the API's resolvers.
    MikroOrmModule.forFeature([...FOLLOW_UP_ENTITIES, ...MENTORING_ENTITIES]),
  ],
})
export class CliModule {}
