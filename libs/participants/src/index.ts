export { ParticipantsModule } from './participants.module';
export { Cohort } from './cohort';
export { ParticipantCall } from './calls/participant-call.entity';
export { Application } from './applications/application.entity';
export { ApplicationStatus } from './applications/application-status';
export type { ApplicationSeed } from './applications/application.entity';
export {
  AdministrativeStatus,
  AgeBand,
  Gender,
  LanguageLevel,
  Schooling,
} from './applications/applicant-profile';
