export { MentoringModule } from './mentoring.module';
export { MENTORING_ENTITIES } from './mentoring-entities';
