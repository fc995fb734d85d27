import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { IdentityModule } from '@inclusion/identity';
import { MENTORING_ENTITIES } from './mentoring-entities';
import { NeedsResolver } from './needs/needs.resolver';
import { NeedsService } from './needs/needs.service';
import { PartnershipResolver } from './partnerships/partnership.resolver';
import { PartnershipService } from './partnerships/partnership.service';

/** The API's side of mentor–learner partnerships. */
@Module({
  imports: [IdentityModule, MikroOrmModule.forFeature(MENTORING_ENTITIES)],
  providers: [PartnershipService, NeedsService, PartnershipResolver, NeedsResolver],
})
export class MentoringModule {}
