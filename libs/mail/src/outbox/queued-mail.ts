import { isLocale, type Locale } from '@inclusion/i18n';
import {
  isMailTemplateName,
  type MailTemplateName,
  type MailTemplateParams,
} from '../templates/mail-templates';
import { isTimeZone } from '../templates/mail-text';

/** The outbox topic of every row this library writes and delivers. */
export const MAIL_TOPIC = 'mail';

/** The domain record a mail is about, looked up again just before sending. */
export interface MailRelevanceRef {
  kind: string;
  id: string;
}

interface QueuedMailOf<K extends MailTemplateName> {
  tenantId: string | null;
  template: K;
  to: string;
  locale: Locale;
  params: MailTemplateParams[K];
  /** The one-time token the link carries: sealed at rest, wiped once the mail is settled. */
  secret?: string;
  /** When the record it names is no longer relevant (revoked...), the mail is skipped. */
  relevance?: MailRelevanceRef;
  /** IANA time zone the dates are written in; Europe/Paris when absent. */
  timeZone?: string;
}

/** A mail decided inside a domain transaction, typed by its template. */
export type QueuedMail = { [K in MailTemplateName]: QueuedMailOf<K> }[MailTemplateName];

/** The jsonb payload of an outbox row: what renders the mail again, the secret aside. */
export type MailPayload = {
  [K in MailTemplateName]: Pick<QueuedMailOf<K>, 'template' | 'to' | 'locale' | 'params'> & {
    relevance: MailRelevanceRef | null;
    timeZone?: string;
  };
}[MailTemplateName];

/** A mail that can never be sent as written; retrying it would not help. */
export class InvalidMailError extends Error {
  override readonly name = 'InvalidMailError';
}

// One address, nothing a header could split into two recipients or two lines.
const SINGLE_ADDRESS = /^[^\s@,;:<>()[\]"\\]+@[^\s@,;:<>()[\]"\\]+\.[^\s@,;:<>()[\]"\\]+$/;

// An instant with its offset, so PostgreSQL and every time zone read the same moment from it.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isNonEmptyString = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0;

function problemWith(mail: Record<string, unknown>): string | null {
  if (!isMailTemplateName(mail.template)) return 'unknown template';
  if (typeof mail.to !== 'string' || !SINGLE_ADDRESS.test(mail.to)) {
    return 'the recipient is not one e-mail address';
  }
  if (!isLocale(mail.locale)) return 'unsupported locale';
  if (!isRecord(mail.params)) return 'missing parameters';
  const expiresAt = mail.params.expiresAt;
  if (
    typeof expiresAt !== 'string' ||
    !ISO_INSTANT.test(expiresAt) ||
    Number.isNaN(Date.parse(expiresAt))
  ) {
    return 'params.expiresAt is not an ISO 8601 instant';
  }
  if (
    mail.timeZone !== undefined &&
    !(typeof mail.timeZone === 'string' && isTimeZone(mail.timeZone))
  ) {
    return 'unknown time zone';
  }
  const relevance = mail.relevance;
  if (
    relevance !== undefined &&
    relevance !== null &&
    !(isRecord(relevance) && isNonEmptyString(relevance.kind) && isNonEmptyString(relevance.id))
  ) {
    return 'relevance needs a kind and an id';
  }
  return null;
}

/** Refuses, in the caller's transaction, a mail the worker could never send. */
export function prepareMail(mail: QueuedMail): { payload: MailPayload; secret: string } {
  const problem = problemWith(mail as unknown as Record<string, unknown>);
  if (problem) throw new InvalidMailError(`Cannot queue the ${mail.template} mail: ${problem}`);
  if (!isNonEmptyString(mail.secret)) {
    throw new InvalidMailError(`Cannot queue the ${mail.template} mail: its link needs a secret`);
  }
  const payload = {
    template: mail.template,
    to: mail.to,
    locale: mail.locale,
    params: mail.params,
    relevance: mail.relevance ? { kind: mail.relevance.kind, id: mail.relevance.id } : null,
    ...(mail.timeZone ? { timeZone: mail.timeZone } : {}),
  } as MailPayload;
  return { payload, secret: mail.secret };
}

/** Reads back a stored payload; a row written by hand or by an older release may not fit. */
export function readPayload(payload: unknown): MailPayload {
  if (!isRecord(payload)) throw new InvalidMailError('The outbox payload is not an object');
  const problem = problemWith(payload);
  if (problem) throw new InvalidMailError(`The outbox payload is invalid: ${problem}`);
  return payload as unknown as MailPayload;
}
