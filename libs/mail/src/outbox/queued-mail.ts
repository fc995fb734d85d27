import { isLocale, type Locale } from '@inclusion/i18n';
import {
  isMailTemplateName,
  mailNeedsSecret,
  mailSendBefore,
  type MailTemplateName,
  type MailTemplateParams,
} from '../templates/mail-templates';
import { isLanguageTag, isTimeZone, isWebUrl } from '../templates/mail-text';

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
  /**
   * The one-time token the link carries: sealed at rest, wiped once the mail is settled. Required
   * by the templates with a link, refused by the others (the activity reminder).
   */
  secret?: string;
  /** When the record it names is no longer relevant (revoked...), the mail is skipped. */
  relevance?: MailRelevanceRef;
  /** IANA time zone the dates are written in; Europe/Paris when absent. */
  timeZone?: string;
}

/** A mail decided inside a domain transaction, typed by its template. */
export type QueuedMail = { [K in MailTemplateName]: QueuedMailOf<K> }[MailTemplateName];

/**
 * The jsonb payload of an outbox row: what renders the mail again, the secret aside. Past its
 * template's cut-off (`mailSendBefore`: a link's expiry, an activity's start) it is skipped.
 */
export type MailPayload = {
  [K in MailTemplateName]: Pick<QueuedMailOf<K>, 'template' | 'to' | 'locale'> & {
    params: MailTemplateParams[K];
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

const isInstant = (value: unknown): value is string =>
  typeof value === 'string' && ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value));

const isLanguageList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length <= MAX_LANGUAGES && value.every(isLanguageTag);

// A week: longer than any activity of a programme, short enough to catch minutes taken for seconds.
const MAX_DURATION_MINUTES = 7 * 24 * 60;
const MAX_LANGUAGES = 20;

/** What each template needs in its params beyond `expiresAt`, checked before it is queued. */
const PARAMS_PROBLEMS: {
  [K in MailTemplateName]: (params: Record<string, unknown>) => string | null;
} = {
  invitation: () => null,
  'sign-in-link': () => null,
  'password-reset': () => null,
  'application-received': (params) => {
    for (const key of ['givenName', 'tenantName', 'callTitle'] as const) {
      if (!isNonEmptyString(params[key]) || !params[key].trim()) {
        return `params.${key} is not a non-empty string`;
      }
    }
    if (typeof params.repeated !== 'boolean') return 'params.repeated is not a boolean';
    if (!isInstant(params.receivedAt)) return 'params.receivedAt is not an ISO 8601 instant';
    return null;
  },
  'retention-warning': (params) => {
    for (const key of ['displayName', 'tenantName', 'editionName'] as const) {
      if (!isNonEmptyString(params[key]) || !params[key].trim()) {
        return `params.${key} is not a non-empty string`;
      }
    }
    if (!isInstant(params.eraseFrom)) return 'params.eraseFrom is not an ISO 8601 instant';
    return null;
  },
  'activity-reminder': (params) => {
    for (const key of ['displayName', 'tenantName', 'activityTitle'] as const) {
      if (!isNonEmptyString(params[key]) || !params[key].trim()) {
        return `params.${key} is not a non-empty string`;
      }
    }
    if (!isInstant(params.startsAt)) return 'params.startsAt is not an ISO 8601 instant';
    const duration = params.durationMinutes;
    if (!Number.isInteger(duration) || (duration as number) < 1) {
      return 'params.durationMinutes is not a positive whole number';
    }
    if ((duration as number) > MAX_DURATION_MINUTES) return 'params.durationMinutes is too long';
    if (params.place !== null && !(isNonEmptyString(params.place) && params.place.trim())) {
      return 'params.place is neither an address nor null';
    }
    if (params.onlineUrl !== null && !isWebUrl(params.onlineUrl)) {
      return 'params.onlineUrl is neither an http(s) URL nor null';
    }
    if (params.place === null && params.onlineUrl === null) {
      return 'the activity has neither a place nor an online link';
    }
    if (!isLanguageList(params.languages)) {
      return 'params.languages is not a list of language tags';
    }
    if (!isLanguageList(params.interpretation)) {
      return 'params.interpretation is not a list of language tags';
    }
    return null;
  },
};

function problemWith(mail: Record<string, unknown>): string | null {
  if (!isMailTemplateName(mail.template)) return 'unknown template';
  if (typeof mail.to !== 'string' || !SINGLE_ADDRESS.test(mail.to)) {
    return 'the recipient is not one e-mail address';
  }
  if (!isLocale(mail.locale)) return 'unsupported locale';
  if (!isRecord(mail.params)) return 'missing parameters';
  const paramsProblem = PARAMS_PROBLEMS[mail.template](mail.params);
  if (paramsProblem) return paramsProblem;
  if (!isInstant(mailSendBefore(mail.template, mail.params as never))) {
    return 'its send-before instant (expiresAt, startsAt) is not an ISO 8601 instant';
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
export function prepareMail(mail: QueuedMail): { payload: MailPayload; secret: string | null } {
  const refuse = (problem: string) =>
    new InvalidMailError(`Cannot queue the ${mail.template} mail: ${problem}`);
  const needsSecret = isMailTemplateName(mail.template) && mailNeedsSecret(mail.template);
  const params = mail.params;
  const problem = problemWith(mail as unknown as Record<string, unknown>);
  if (problem) throw refuse(problem);
  if (needsSecret && !isNonEmptyString(mail.secret)) throw refuse('its link needs a secret');
  if (!needsSecret && mail.secret !== undefined) {
    throw refuse('it carries no link, so it takes no secret');
  }
  const payload = {
    template: mail.template,
    to: mail.to,
    locale: mail.locale,
    params,
    relevance: mail.relevance ? { kind: mail.relevance.kind, id: mail.relevance.id } : null,
    ...(mail.timeZone ? { timeZone: mail.timeZone } : {}),
  } as MailPayload;
  return { payload, secret: mail.secret ?? null };
}

/** Reads back a stored payload; a row written by hand or by an older release may not fit. */
export function readPayload(payload: unknown): MailPayload {
  if (!isRecord(payload)) throw new InvalidMailError('The outbox payload is not an object');
  const problem = problemWith(payload);
  if (problem) throw new InvalidMailError(`The outbox payload is invalid: ${problem}`);
  return payload as unknown as MailPayload;
}
