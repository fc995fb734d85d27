import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { EditionsModule } from '@inclusion/editions';
import { IdentityModule } from '@inclusion/identity';
import { MailOutboxModule } from '@inclusion/mail';
import { ApplicationDecision } from './applications/application-decision.entity';
import { Application } from './applications/application.entity';
import {
  ApplicationDecisionResolver,
  ApplicationResolver,
} from './applications/application.resolver';
import { ApplicationService } from './applications/application.service';
import { ParticipantDirectory } from './applications/participant-directory.service';
import { PublicApplicationService } from './applications/public-application.service';
import { ParticipantCall } from './calls/participant-call.entity';
import { Certificate } from './certificates/certificate.entity';
import { CertificateResolver } from './certificates/certificate.resolver';
import { CertificateService } from './certificates/certificate.service';
import { CompletionRule } from './completion/completion-rule.entity';
import { CompletionResolver } from './completion/completion.resolver';
import { CompletionService } from './completion/completion.service';
import { ExpenseClaim } from './expenses/expense-claim.entity';
import { ExpenseClaimResolver, ExpenseReceiptResolver } from './expenses/expense-claim.resolver';
import { ExpenseClaimService } from './expenses/expense-claim.service';
import { ExpenseReceipt } from './expenses/expense-receipt.entity';
import { CohortTally } from './privacy/cohort-tally.entity';
import { ParticipantCallResolver } from './calls/participant-call.resolver';
import { ParticipantCallService } from './calls/participant-call.service';
import { CohortDashboardResolver } from './dashboard/cohort-dashboard.resolver';
import { CohortDashboardService } from './dashboard/cohort-dashboard.service';

@Module({
  imports: [
    IdentityModule,
    EditionsModule,
    MailOutboxModule,
    MikroOrmModule.forFeature([
      ParticipantCall,
      Application,
      ApplicationDecision,
      CompletionRule,
      Certificate,
      ExpenseClaim,
      ExpenseReceipt,
      CohortTally,
    ]),
  ],
  providers: [
    ParticipantCallService,
    PublicApplicationService,
    ApplicationService,
    CohortDashboardService,
    ParticipantCallResolver,
    ApplicationResolver,
    ApplicationDecisionResolver,
    CohortDashboardResolver,
    ParticipantDirectory,
    CompletionService,
    CertificateService,
    CompletionResolver,
    CertificateResolver,
    ExpenseClaimService,
    ExpenseClaimResolver,
    ExpenseReceiptResolver,
  ],
  exports: [ParticipantDirectory],
})
export class ParticipantsModule {}
