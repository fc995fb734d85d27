import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { ApplicationDecision } from '../applications/application-decision.entity';
import { Application } from '../applications/application.entity';
import { ParticipantDirectory } from '../applications/participant-directory.service';
import { Certificate } from '../certificates/certificate.entity';
import { ExpenseClaim } from '../expenses/expense-claim.entity';
import { ExpenseReceipt } from '../expenses/expense-receipt.entity';
import { CohortTally } from './cohort-tally.entity';
import { ParticipantsPersonalData } from './participants-personal-data';

/**
 * Participants' share of export and erasure, and the directory other libraries find a participant
 * by, for the API and the worker alike.
 */
@Module({
  imports: [
    MikroOrmModule.forFeature([
      Application,
      ApplicationDecision,
      Certificate,
      ExpenseClaim,
      ExpenseReceipt,
      CohortTally,
    ]),
  ],
  providers: [ParticipantsPersonalData, ParticipantDirectory],
  exports: [ParticipantsPersonalData, ParticipantDirectory],
})
export class ParticipantsPrivacyModule {}
