export { OutboxMessage, OutboxStatus } from './outbox/outbox-message.entity';
export {
  MAIL_TOPIC,
  InvalidMailError,
  type QueuedMail,
  type MailPayload,
  type MailRelevanceRef,
} from './outbox/queued-mail';
export { OutboxWriter } from './outbox/outbox.writer';
export {
  OutboxAdmin,
  FAILED_PAGE_MAX,
  InvalidOutboxCursorError,
  type FailedMailPage,
  type FailedMailPageArgs,
} from './outbox/outbox.admin';
export { MailOutboxModule } from './outbox/mail-outbox.module';
export {
  MAIL_TEMPLATE_NAMES,
  renderMail,
  type MailTemplateName,
  type MailTemplateParams,
  type RenderOptions,
} from './templates/mail-templates';
export type { LinkMailParams } from './templates/mail-template';
export type { RenderedMail } from './templates/mail-content';
export type { InvitationMailParams } from './templates/invitation.template';
export type { SignInLinkMailParams } from './templates/sign-in-link.template';
export type { PasswordResetMailParams } from './templates/password-reset.template';
export type { ActivityReminderMailParams } from './templates/activity-reminder.template';
export type {
  CommitmentAttention,
  CommitmentReminderItem,
  CommitmentReminderMailParams,
} from './templates/commitment-reminder.template';
export type { FollowUpDigestMailParams } from './templates/follow-up-digest.template';
export type {
  NetworkAttentionCity,
  NetworkSummaryMailParams,
} from './templates/network-summary.template';
export type { CommitmentCounts, FollowUpFrequency } from './templates/follow-up-text';
export {
  PLAN_STAGES,
  type PlanStage,
  type PlanSubmittedMailParams,
} from './templates/plan-submitted.template';
export {
  PLAN_COMMENT_EXCERPT_MAX,
  type PlanCommentMailParams,
} from './templates/plan-comment.template';
export {
  PLAN_DECISIONS,
  PLAN_DECISION_NOTE_MAX,
  type PlanDecision,
  type PlanDecisionMailParams,
} from './templates/plan-decision.template';
export type { MailRelevanceCheck } from './delivery/mail-relevance-check';
export { MAIL_QUEUE, type MailJobData } from './delivery/mail-queue';
export { OutboxRelay } from './delivery/outbox.relay';
export { MailDeliveryModule, type MailDeliveryOptions } from './delivery/mail-delivery.module';
export { exportMailTo, scrubMailTo, type MailRecord } from './outbox/outbox-privacy';
