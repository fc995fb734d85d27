export { MentoringModule } from './mentoring.module';
export { MENTORING_ENTITIES } from './mentoring-entities';
export { MentoringPersonalData } from './privacy/mentoring-personal-data';
export { MentoringPrivacyModule } from './privacy/mentoring-privacy.module';
