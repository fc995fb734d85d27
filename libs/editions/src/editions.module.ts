import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { IdentityEntitiesModule } from '@inclusion/identity';
import { MethodologyModule } from '@inclusion/methodology';
import { EditionOverviewService } from './editions/edition-overview.service';
import { Edition } from './editions/edition.entity';
import { EditionResolver } from './editions/edition.resolver';
import { EditionService } from './editions/edition.service';
import { EditionPhase } from './phases/edition-phase.entity';
import { PhaseDeliverable } from './phases/phase-deliverable.entity';
import { PhaseResolver } from './phases/phase.resolver';
import { PhaseService } from './phases/phase.service';

@Module({
  imports: [
    IdentityEntitiesModule,
    MethodologyModule,
    MikroOrmModule.forFeature([Edition, EditionPhase, PhaseDeliverable]),
  ],
  providers: [EditionService, EditionOverviewService, PhaseService, EditionResolver, PhaseResolver],
  exports: [EditionService],
})
export class EditionsModule {}
