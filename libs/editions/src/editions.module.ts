import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { IdentityEntitiesModule } from '@inclusion/identity';
import { MethodologyModule } from '@inclusion/methodology';
import { Activity } from './activities/activity.entity';
import { ActivityResolver, RegistrationResolver } from './activities/activity.resolver';
import { ActivityService } from './activities/activity.service';
import { AttendanceTotalsService } from './activities/attendance-totals.service';
import { AttendanceResolver } from './activities/attendance.resolver';
import { Registration } from './activities/registration.entity';
import { RegistrationService } from './activities/registration.service';
import { CalendarFeedController } from './calendar/calendar-feed.controller';
import { CalendarFeedResolver } from './calendar/calendar-feed.resolver';
import { CalendarFeedService } from './calendar/calendar-feed.service';
import { EditionOverviewService } from './editions/edition-overview.service';
import { IdeaSupport } from './labs/idea-support.entity';
import { LabArtefact } from './labs/lab-artefact.entity';
import { MicroExperimentation } from './labs/micro-experimentation.entity';
import { MicroExperimentationResolver } from './labs/micro-experimentation.resolver';
import { MicroExperimentationService } from './labs/micro-experimentation.service';
import { PolicyLab } from './labs/policy-lab.entity';
import { LabArtefactResolver, PolicyLabResolver } from './labs/policy-lab.resolver';
import { PolicyLabService } from './labs/policy-lab.service';
import { Edition } from './editions/edition.entity';
import { EditionResolver } from './editions/edition.resolver';
import { EditionService } from './editions/edition.service';
import { EditionPhase } from './phases/edition-phase.entity';
import { PhaseDeliverable } from './phases/phase-deliverable.entity';
import { PhaseResolver } from './phases/phase.resolver';
import { PhaseService } from './phases/phase.service';
import { EditionFacilitator } from './team/edition-facilitator.entity';
import { EditionTeamResolver } from './team/edition-team.resolver';
import { EditionTeamService } from './team/edition-team.service';

@Module({
  imports: [
    IdentityEntitiesModule,
    MethodologyModule,
    MikroOrmModule.forFeature([
      Edition,
      EditionPhase,
      PhaseDeliverable,
      Activity,
      Registration,
      PolicyLab,
      LabArtefact,
      IdeaSupport,
      MicroExperimentation,
      EditionFacilitator,
    ]),
  ],
  providers: [
    EditionService,
    EditionOverviewService,
    PhaseService,
    ActivityService,
    RegistrationService,
    AttendanceTotalsService,
    CalendarFeedService,
    PolicyLabService,
    MicroExperimentationService,
    PolicyLabResolver,
    LabArtefactResolver,
    MicroExperimentationResolver,
    CalendarFeedResolver,
    EditionResolver,
    EditionTeamService,
    EditionTeamResolver,
    PhaseResolver,
    ActivityResolver,
    RegistrationResolver,
    AttendanceResolver,
  ],
  controllers: [CalendarFeedController],
  exports: [EditionService, AttendanceTotalsService],
})
export class EditionsModule {}
