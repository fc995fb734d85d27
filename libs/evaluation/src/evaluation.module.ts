import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { EditionsModule } from '@inclusion/editions';
import { IdentityModule } from '@inclusion/identity';
import { ParticipantsModule } from '@inclusion/participants';
import { IndicatorResolver } from './indicators/indicator.resolver';
import { IndicatorService } from './indicators/indicator.service';
import { QuestionnaireChangeService } from './indicators/questionnaire-change.service';
import { LogbookEntry } from './logbooks/logbook-entry.entity';
import { LogbookResolver } from './logbooks/logbook.resolver';
import { LogbookService } from './logbooks/logbook.service';
import { QuestionnaireItem } from './questionnaires/questionnaire-item.entity';
import { Questionnaire } from './questionnaires/questionnaire.entity';
import { QuestionnaireResolver } from './questionnaires/questionnaire.resolver';
import { QuestionnaireService } from './questionnaires/questionnaire.service';
import { QuestionnaireAnswer } from './responses/questionnaire-answer.entity';
import { QuestionnaireResponse } from './responses/questionnaire-response.entity';
import { ResponseResolver } from './responses/response.resolver';
import { ResponseService } from './responses/response.service';

@Module({
  imports: [
    IdentityModule,
    EditionsModule,
    ParticipantsModule,
    MikroOrmModule.forFeature([
      Questionnaire,
      QuestionnaireItem,
      QuestionnaireResponse,
      QuestionnaireAnswer,
      LogbookEntry,
    ]),
  ],
  providers: [
    QuestionnaireService,
    ResponseService,
    IndicatorService,
    QuestionnaireChangeService,
    LogbookService,
    QuestionnaireResolver,
    ResponseResolver,
    IndicatorResolver,
    LogbookResolver,
  ],
})
export class EvaluationModule {}
