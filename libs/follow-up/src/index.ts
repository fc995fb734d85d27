export { FollowUpModule } from './follow-up.module';
