import type { Locale } from '@inclusion/i18n';
import type { MailContent } from './mail-content';

/** A mail that carries a one-time link; every such link expires. */
export interface LinkMailParams {
  /** ISO 8601 instant after which the link no longer works. */
  expiresAt: string;
}

export interface NoticeMailContext {
  /** IANA time zone the mail writes its dates in. */
  timeZone: string;
}

export interface MailContext extends NoticeMailContext {
  /** The link with its secret, ready to click. */
  link: string;
  /** `expiresAt`, written out for the recipient's language and time zone. */
  expiresOn: string;
}

export type ComposeMail<P, C extends NoticeMailContext = MailContext> = (
  params: P,
  context: C,
) => MailContent;

/** A mail built around a one-time link: it needs a secret to be rendered. */
export interface MailTemplate<P extends LinkMailParams> {
  /** Path of the page the link opens, below PUBLIC_APP_URL; the secret goes in `?token=`. */
  linkPath: string;
  /** One composition per locale: a missing translation is a type error. */
  compose: Record<Locale, ComposeMail<P>>;
}

/** A mail that only informs: no link of ours, no secret. */
export interface NoticeMailTemplate<P> {
  linkPath: null;
  /** The instant after which sending the mail makes no sense any more (an activity that began). */
  sendBefore: (params: P) => string;
  compose: Record<Locale, ComposeMail<P, NoticeMailContext>>;
}
