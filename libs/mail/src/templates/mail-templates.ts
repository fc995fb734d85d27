import type { Locale } from '@inclusion/i18n';
import { invitationTemplate, type InvitationMailParams } from './invitation.template';
import type { RenderedMail } from './mail-content';
import { layOut } from './mail-layout';
import type { MailTemplate } from './mail-template';
import { DEFAULT_TIME_ZONE, formatDateTime } from './mail-text';
import { passwordResetTemplate, type PasswordResetMailParams } from './password-reset.template';
import { signInLinkTemplate, type SignInLinkMailParams } from './sign-in-link.template';

/** The parameters each template needs, by template name. */
export interface MailTemplateParams {
  invitation: InvitationMailParams;
  'sign-in-link': SignInLinkMailParams;
  'password-reset': PasswordResetMailParams;
}

export type MailTemplateName = keyof MailTemplateParams;

const TEMPLATES: { [K in MailTemplateName]: MailTemplate<MailTemplateParams[K]> } = {
  invitation: invitationTemplate,
  'sign-in-link': signInLinkTemplate,
  'password-reset': passwordResetTemplate,
};

export const MAIL_TEMPLATE_NAMES = Object.keys(TEMPLATES) as MailTemplateName[];

export const isMailTemplateName = (value: unknown): value is MailTemplateName =>
  typeof value === 'string' && Object.hasOwn(TEMPLATES, value);

export interface RenderOptions {
  locale: Locale;
  /** Base URL of the application, without the page path. */
  appUrl: string;
  secret: string;
  timeZone?: string;
}

export function linkFor(template: MailTemplateName, appUrl: string, secret: string): string {
  return `${appUrl.replace(/\/+$/, '')}${TEMPLATES[template].linkPath}?token=${encodeURIComponent(secret)}`;
}

export function renderMail<K extends MailTemplateName>(
  template: K,
  params: MailTemplateParams[K],
  { locale, appUrl, secret, timeZone = DEFAULT_TIME_ZONE }: RenderOptions,
): RenderedMail {
  const compose = (TEMPLATES[template] as MailTemplate<MailTemplateParams[K]>).compose[locale];
  const content = compose(params, {
    link: linkFor(template, appUrl, secret),
    expiresOn: formatDateTime(params.expiresAt, locale, timeZone),
  });
  return layOut(content, locale);
}
