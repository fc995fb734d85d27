import type { Locale } from '@inclusion/i18n';
import {
  activityReminderTemplate,
  type ActivityReminderMailParams,
} from './activity-reminder.template';
import {
  applicationReceivedTemplate,
  type ApplicationReceivedMailParams,
} from './application-received.template';
import {
  commitmentReminderTemplate,
  type CommitmentReminderMailParams,
} from './commitment-reminder.template';
import { followUpDigestTemplate, type FollowUpDigestMailParams } from './follow-up-digest.template';
import { invitationTemplate, type InvitationMailParams } from './invitation.template';
import type { RenderedMail } from './mail-content';
import { layOut } from './mail-layout';
import type { LinkMailParams, MailTemplate, NoticeMailTemplate } from './mail-template';
import { DEFAULT_TIME_ZONE, formatDateTime } from './mail-text';
import { networkSummaryTemplate, type NetworkSummaryMailParams } from './network-summary.template';
import { passwordResetTemplate, type PasswordResetMailParams } from './password-reset.template';
import { planCommentTemplate, type PlanCommentMailParams } from './plan-comment.template';
import { planDecisionTemplate, type PlanDecisionMailParams } from './plan-decision.template';
import { planSubmittedTemplate, type PlanSubmittedMailParams } from './plan-submitted.template';
import {
  retentionWarningTemplate,
  type RetentionWarningMailParams,
} from './retention-warning.template';
import { signInLinkTemplate, type SignInLinkMailParams } from './sign-in-link.template';

/** The parameters each template needs, by template name. */
export interface MailTemplateParams {
  invitation: InvitationMailParams;
  'sign-in-link': SignInLinkMailParams;
  'password-reset': PasswordResetMailParams;
  'activity-reminder': ActivityReminderMailParams;
  'application-received': ApplicationReceivedMailParams;
  'retention-warning': RetentionWarningMailParams;
  'commitment-reminder': CommitmentReminderMailParams;
  'follow-up-digest': FollowUpDigestMailParams;
  'network-summary': NetworkSummaryMailParams;
  'plan-submitted': PlanSubmittedMailParams;
  'plan-comment': PlanCommentMailParams;
  'plan-decision': PlanDecisionMailParams;
}

export type MailTemplateName = keyof MailTemplateParams;

/** Mails whose params carry a link expiry get a link, and need a secret; the others do not. */
type TemplateFor<P> = P extends LinkMailParams ? MailTemplate<P> : NoticeMailTemplate<P>;

const TEMPLATES: { [K in MailTemplateName]: TemplateFor<MailTemplateParams[K]> } = {
  invitation: invitationTemplate,
  'sign-in-link': signInLinkTemplate,
  'password-reset': passwordResetTemplate,
  'activity-reminder': activityReminderTemplate,
  'application-received': applicationReceivedTemplate,
  'retention-warning': retentionWarningTemplate,
  'commitment-reminder': commitmentReminderTemplate,
  'follow-up-digest': followUpDigestTemplate,
  'network-summary': networkSummaryTemplate,
  'plan-submitted': planSubmittedTemplate,
  'plan-comment': planCommentTemplate,
  'plan-decision': planDecisionTemplate,
};

type AnyTemplate = MailTemplate<LinkMailParams> | NoticeMailTemplate<unknown>;

const templateOf = (template: MailTemplateName) => TEMPLATES[template] as AnyTemplate;

export const MAIL_TEMPLATE_NAMES = Object.keys(TEMPLATES) as MailTemplateName[];

export const isMailTemplateName = (value: unknown): value is MailTemplateName =>
  typeof value === 'string' && Object.hasOwn(TEMPLATES, value);

/** Whether the mail carries a one-time link, so must be queued and rendered with a secret. */
export const mailNeedsSecret = (template: MailTemplateName): boolean =>
  templateOf(template).linkPath !== null;

/**
 * The instant after which the mail is no longer worth sending: when its link expires, or, for a
 * mail without a link, what the template says (the start of the activity it reminds of).
 */
export function mailSendBefore<K extends MailTemplateName>(
  template: K,
  params: MailTemplateParams[K],
): string {
  const definition = templateOf(template);
  return definition.linkPath === null
    ? definition.sendBefore(params)
    : (params as LinkMailParams).expiresAt;
}

export interface RenderOptions {
  locale: Locale;
  /** Base URL of the application, without the page path. */
  appUrl: string;
  /** The one-time token of the link; required by the templates with a link, ignored otherwise. */
  secret?: string;
  timeZone?: string;
}

export function linkFor(template: MailTemplateName, appUrl: string, secret: string): string {
  const { linkPath } = templateOf(template);
  if (linkPath === null) throw new Error(`The ${template} mail carries no link`);
  return `${appUrl.replace(/\/+$/, '')}${linkPath}?token=${encodeURIComponent(secret)}`;
}

export function renderMail<K extends MailTemplateName>(
  template: K,
  params: MailTemplateParams[K],
  { locale, appUrl, secret, timeZone = DEFAULT_TIME_ZONE }: RenderOptions,
): RenderedMail {
  const definition = templateOf(template);
  if (definition.linkPath === null) {
    return layOut(definition.compose[locale](params, { timeZone }), locale);
  }
  if (!secret) throw new Error(`The ${template} mail needs a secret for its link`);
  const linkParams = params as LinkMailParams;
  const content = definition.compose[locale](linkParams, {
    link: linkFor(template, appUrl, secret),
    expiresOn: formatDateTime(linkParams.expiresAt, locale, timeZone),
    timeZone,
  });
  return layOut(content, locale);
}
