export { ParticipantsModule } from './participants.module';
export {
  ParticipantDirectory,
  type Participation,
} from './applications/participant-directory.service';
export { Cohort, CohortEnum } from './cohort';
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
export { Certificate } from './certificates/certificate.entity';
export { hashCode } from './certificates/verification-code';
export { ExpenseClaim } from './expenses/expense-claim.entity';
export { ParticipantsPersonalData } from './privacy/participants-personal-data';
export { ParticipantsPrivacyModule } from './privacy/participants-privacy.module';
export { evaluateEligibility } from './calls/eligibility';
