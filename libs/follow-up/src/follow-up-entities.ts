import { Commitment } from './commitments/commitment.entity';
import { CommitmentUpdate } from './commitments/commitment-update.entity';
import { NotificationDispatch } from './notifications/notification-dispatch.entity';
import { NotificationPreference } from './notifications/notification-preference.entity';
import { RecommendationAnswer } from './recommendations/recommendation-answer.entity';
import { RecommendationCoauthor } from './recommendations/recommendation-coauthor.entity';
import { Recommendation } from './recommendations/recommendation.entity';
import { FollowUpSettings } from './settings/follow-up-settings.entity';

/** Every table of the follow-up, for the API's and the worker's ORM. */
export const FOLLOW_UP_ENTITIES = [
  Recommendation,
  RecommendationCoauthor,
  RecommendationAnswer,
  Commitment,
  CommitmentUpdate,
  FollowUpSettings,
  NotificationPreference,
  NotificationDispatch,
];
