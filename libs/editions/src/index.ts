export { Edition, EditionStatus } from './editions/edition.entity';
export { EditionPhase, PhaseStatus } from './phases/edition-phase.entity';
export { PhaseDeliverable } from './phases/phase-deliverable.entity';
export { EditionService, type EditionDraft } from './editions/edition.service';
export { EditionsModule } from './editions.module';
export { Activity, TrainingTrack } from './activities/activity.entity';
export { Registration } from './activities/registration.entity';
export { ActivityRemindersModule } from './reminders/activity-reminders.module';
export {
  ActivityRemindersService,
  REMINDER_LEAD_HOURS,
} from './reminders/activity-reminders.service';
export { RegistrationRelevanceCheck } from './reminders/registration-relevance.check';
export { PolicyLab } from './labs/policy-lab.entity';
export { LabArtefact } from './labs/lab-artefact.entity';
export { ArtefactKind, LabStep } from './labs/lab-step';
export {
  ExperimentDecision,
  ExperimentStatus,
  MicroExperimentation,
} from './labs/micro-experimentation.entity';
export { EditionFacilitator } from './team/edition-facilitator.entity';
export { EditionType } from './editions.types';
export { todayIn } from './phases/phase-plan';
export { AttendanceTotalsService } from './activities/attendance-totals.service';
export { invalidDateRange } from './editions.errors';
export { EditionsPersonalData } from './privacy/editions-personal-data';
export { EditionsPrivacyModule } from './privacy/editions-privacy.module';
