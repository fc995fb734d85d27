import type { Locale } from '@inclusion/i18n';
import type { MailContent } from './mail-content';

/** Every mail sent today carries a one-time link, and every such link expires. */
export interface LinkMailParams {
  /** ISO 8601 instant after which the link no longer works. */
  expiresAt: string;
}

export interface MailContext {
  /** The link with its secret, ready to click. */
  link: string;
  /** `expiresAt`, written out for the recipient's language and time zone. */
  expiresOn: string;
}

export type ComposeMail<P> = (params: P, context: MailContext) => MailContent;

export interface MailTemplate<P extends LinkMailParams> {
  /** Path of the page the link opens, below PUBLIC_APP_URL; the secret goes in `?token=`. */
  linkPath: string;
  /** One composition per locale: a missing translation is a type error. */
  compose: Record<Locale, ComposeMail<P>>;
}
