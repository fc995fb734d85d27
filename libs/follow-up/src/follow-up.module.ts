import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { EditionsModule } from '@inclusion/editions';
import { IdentityModule } from '@inclusion/identity';
import { CommitmentResolver } from './commitments/commitment.resolver';
import { CommitmentService } from './commitments/commitment.service';
import { ProgressService } from './commitments/progress.service';
import { CommitmentCsvResolver } from './csv/commitment-csv.resolver';
import { CommitmentExportService } from './csv/commitment-export.service';
import { CommitmentImportService } from './csv/commitment-import.service';
import { DashboardResolver } from './dashboards/dashboard.resolver';
import { NetworkDashboardService } from './dashboards/network-dashboard.service';
import { NetworkFollowUpResolver } from './dashboards/network-follow-up.resolver';
import { TenantDashboardService } from './dashboards/tenant-dashboard.service';
import { FOLLOW_UP_ENTITIES } from './follow-up-entities';
import { NotificationPreferenceResolver } from './notifications/notification-preference.resolver';
import { NotificationPreferenceService } from './notifications/notification-preference.service';
import { PublicFollowUpResolver } from './public/public-follow-up.resolver';
import { PublicFollowUpService } from './public/public-follow-up.service';
import { RecommendationAnswerService } from './recommendations/recommendation-answer.service';
import { RecommendationResolver } from './recommendations/recommendation.resolver';
import { RecommendationService } from './recommendations/recommendation.service';
import { FollowUpSettingsResolver } from './settings/follow-up-settings.resolver';
import { FollowUpSettingsService } from './settings/follow-up-settings.service';

/** The API's side of the follow-up: recommendations, answers, commitments, dashboards. */
@Module({
  imports: [IdentityModule, EditionsModule, MikroOrmModule.forFeature(FOLLOW_UP_ENTITIES)],
  providers: [
    RecommendationService,
    RecommendationAnswerService,
    CommitmentService,
    ProgressService,
    FollowUpSettingsService,
    TenantDashboardService,
    NetworkDashboardService,
    PublicFollowUpService,
    CommitmentImportService,
    NotificationPreferenceService,
    CommitmentExportService,
    RecommendationResolver,
    CommitmentResolver,
    FollowUpSettingsResolver,
    DashboardResolver,
    NetworkFollowUpResolver,
    PublicFollowUpResolver,
    CommitmentCsvResolver,
    NotificationPreferenceResolver,
  ],
  exports: [CommitmentService],
})
export class FollowUpModule {}
