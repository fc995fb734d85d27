/**
 * What a template decides, free of markup: one structure renders both the plain-text and the HTML
 * part, so the two never drift apart and escaping happens in exactly one place.
 */
export interface MailContent {
  subject: string;
  greeting: string;
  paragraphs: string[];
  /** The button; a notice without a link has none. */
  action: { label: string; url: string } | null;
  /** Said after the link: how long it works, what to do if the mail was not expected. */
  closing: string[];
  signOff: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}
