import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { IdentityEntitiesModule } from '@inclusion/identity';
import { MENTORING_ENTITIES } from '../mentoring-entities';
import { MentoringPersonalData } from './mentoring-personal-data';

/** The mentoring's share of export and erasure, for the API and the worker alike. */
@Module({
  imports: [IdentityEntitiesModule, MikroOrmModule.forFeature(MENTORING_ENTITIES)],
  providers: [MentoringPersonalData],
  exports: [MentoringPersonalData],
})
export class MentoringPrivacyModule {}
