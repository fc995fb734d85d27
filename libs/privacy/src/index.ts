export { PrivacyModule, RetentionModule, type PrivacyOptions } from './privacy.module';
export { PrivacyService } from './privacy.service';
export { RetentionService } from './retention/retention.service';
