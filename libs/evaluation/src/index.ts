export { EvaluationModule } from './evaluation.module';
export { EvaluationPersonalData } from './privacy/evaluation-personal-data';
export { EvaluationPrivacyModule } from './privacy/evaluation-privacy.module';
