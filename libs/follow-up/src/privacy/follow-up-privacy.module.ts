import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { IdentityEntitiesModule } from '@inclusion/identity';
import { FOLLOW_UP_ENTITIES } from '../follow-up-entities';
import { FollowUpPersonalData } from './follow-up-personal-data';

/** The follow-up's share of export and erasure, for the API and the worker alike. */
@Module({
  imports: [IdentityEntitiesModule, MikroOrmModule.forFeature(FOLLOW_UP_ENTITIES)],
  providers: [FollowUpPersonalData],
  exports: [FollowUpPersonalData],
})
export class FollowUpPrivacyModule {}
