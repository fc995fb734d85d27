export { EvaluationModule } from './evaluation.module';
export { EvaluationPersonalData } from './privacy/evaluation-personal-data';
export { EvaluationPrivacyModule } from './privacy/evaluation-privacy.module';
export { Questionnaire } from './questionnaires/questionnaire.entity';
export { QuestionnaireItem } from './questionnaires/questionnaire-item.entity';
export { ItemKind } from './questionnaires/item-kind';
export { QuestionnaireMoment, QuestionnaireStatus } from './questionnaires/questionnaire-status';
export { QuestionnaireResponse } from './responses/questionnaire-response.entity';
export { QuestionnaireAnswer } from './responses/questionnaire-answer.entity';
