import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { ParticipantsPrivacyModule } from '@inclusion/participants';
import { LogbookEntry } from '../logbooks/logbook-entry.entity';
import { QuestionnaireAnswer } from '../responses/questionnaire-answer.entity';
import { QuestionnaireResponse } from '../responses/questionnaire-response.entity';
import { EvaluationPersonalData } from './evaluation-personal-data';

/** Evaluation's share of export and erasure, for the API and the worker alike. */
@Module({
  imports: [
    ParticipantsPrivacyModule,
    MikroOrmModule.forFeature([QuestionnaireResponse, QuestionnaireAnswer, LogbookEntry]),
  ],
  providers: [EvaluationPersonalData],
  exports: [EvaluationPersonalData],
})
export class EvaluationPrivacyModule {}
