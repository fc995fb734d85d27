import { isLocale, type Locale } from '@inclusion/i18n';
import {
  isMailTemplateName,
  mailNeedsSecret,
  mailSendBefore,
  type MailTemplateName,
  type MailTemplateParams,
} from '../templates/mail-templates';
import { COMMITMENT_ATTENTIONS } from '../templates/commitment-reminder.template';
import { COMMITMENT_STATUS_COUNTS, FOLLOW_UP_FREQUENCIES } from '../templates/follow-up-text';
import {
  isCalendarDate,
  isLanguageTag,
  isTimeZone,
  isWebUrl,
  textParagraphs,
} from '../templates/mail-text';
import { PLAN_COMMENT_EXCERPT_MAX } from '../templates/plan-comment.template';
import { PLAN_DECISION_NOTE_MAX, PLAN_DECISIONS } from '../templates/plan-decision.template';
import { PLAN_STAGES } from '../templates/plan-submitted.template';

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

// What one mail lists at most: enough to act on, short enough to read.
const MAX_REMINDED_COMMITMENTS = 50;
const MAX_EXAMPLES = 5;
const MAX_ATTENTION_CITIES = 10;

const isCount = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) >= 0;

const isPercent = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100;

/** The first of `keys` that is not a non-empty string, named from `path`. */
function blankProblem(
  record: Record<string, unknown>,
  keys: readonly string[],
  path = 'params',
): string | null {
  for (const key of keys) {
    const value = record[key];
    if (!isNonEmptyString(value) || !value.trim())
      return `${path}.${key} is not a non-empty string`;
  }
  return null;
}

function datesProblem(
  record: Record<string, unknown>,
  keys: readonly string[],
  path = 'params',
): string | null {
  for (const key of keys) {
    if (!isCalendarDate(record[key])) return `${path}.${key} is not a calendar date (YYYY-MM-DD)`;
  }
  return null;
}

function countsProblem(
  record: Record<string, unknown>,
  keys: readonly string[],
  path = 'params',
): string | null {
  for (const key of keys) {
    if (!isCount(record[key])) return `${path}.${key} is not a whole number >= 0`;
  }
  return null;
}

function positiveCountsProblem(
  record: Record<string, unknown>,
  keys: readonly string[],
  path = 'params',
): string | null {
  for (const key of keys) {
    if (!isCount(record[key]) || (record[key] as number) < 1) {
      return `${path}.${key} is not a whole number >= 1`;
    }
  }
  return null;
}

function instantProblem(
  record: Record<string, unknown>,
  key: string,
  path = 'params',
): string | null {
  return isInstant(record[key]) ? null : `${path}.${key} is not an ISO 8601 instant`;
}

function oneOfProblem(
  record: Record<string, unknown>,
  key: string,
  values: readonly string[],
  path = 'params',
): string | null {
  return values.includes(record[key] as never)
    ? null
    : `${path}.${key} is not one of ${values.join(', ')}`;
}

/** Text people typed (a comment, a note): something to read once blank lines are dropped, not too long. */
function typedTextProblem(
  record: Record<string, unknown>,
  key: string,
  max: number,
  path = 'params',
): string | null {
  const value = record[key];
  if (typeof value !== 'string' || textParagraphs(value).length === 0) {
    return `${path}.${key} is not a non-empty string`;
  }
  // Counted as people count them: an emoji is one character, not two UTF-16 units.
  if (Array.from(value).length > max) return `${path}.${key} is longer than ${max} characters`;
  return null;
}

/** The frequency, period and cut-off of a weekly or monthly summary. */
function summaryPeriodProblem(params: Record<string, unknown>): string | null {
  if (!FOLLOW_UP_FREQUENCIES.includes(params.frequency as never)) {
    return `params.frequency is not one of ${FOLLOW_UP_FREQUENCIES.join(', ')}`;
  }
  const datesWrong = datesProblem(params, ['periodStart', 'periodEnd']);
  if (datesWrong) return datesWrong;
  if ((params.periodStart as string) > (params.periodEnd as string)) {
    return 'params.periodStart is after params.periodEnd';
  }
  if (!isInstant(params.validUntil)) return 'params.validUntil is not an ISO 8601 instant';
  return null;
}

/** Commitments by status, and an average progress that is a percentage or null. */
function commitmentFiguresProblem(params: Record<string, unknown>): string | null {
  const counts = params.commitments;
  if (!isRecord(counts)) return 'params.commitments is not a set of counts';
  const countsWrong = countsProblem(
    counts,
    ['total', ...COMMITMENT_STATUS_COUNTS],
    'params.commitments',
  );
  if (countsWrong) return countsWrong;
  const byStatus = COMMITMENT_STATUS_COUNTS.reduce((sum, key) => sum + (counts[key] as number), 0);
  if (byStatus !== counts.total) {
    return 'params.commitments: the counts by status do not add up to the total';
  }
  if (params.averageProgress !== null && !isPercent(params.averageProgress)) {
    return 'params.averageProgress is neither a percentage from 0 to 100 nor null';
  }
  return null;
}

/** `{ count, examples }`: a count, and at most five of the commitments it counts. */
function examplesProblem(
  params: Record<string, unknown>,
  key: 'overdue' | 'stale',
  dateKey: 'dueDate' | 'lastUpdateOn',
): string | null {
  const group = params[key];
  if (!isRecord(group)) return `params.${key} is not a count with examples`;
  if (!isCount(group.count)) return `params.${key}.count is not a whole number >= 0`;
  const examples = group.examples;
  if (!Array.isArray(examples)) return `params.${key}.examples is not a list`;
  if (examples.length > MAX_EXAMPLES) {
    return `params.${key}.examples has more than ${MAX_EXAMPLES} items`;
  }
  if (examples.length > group.count) return `params.${key}.examples outnumbers its count`;
  for (const [index, example] of examples.entries()) {
    const path = `params.${key}.examples[${index}]`;
    if (!isRecord(example)) return `${path} is not an object`;
    const problem =
      blankProblem(example, ['title'], path) ?? datesProblem(example, [dateKey], path);
    if (problem) return problem;
  }
  return null;
}

function remindedCommitmentProblem(item: unknown, path: string): string | null {
  if (!isRecord(item)) return `${path} is not an object`;
  const problem =
    blankProblem(item, ['title'], path) ?? datesProblem(item, ['dueDate', 'lastUpdateOn'], path);
  if (problem) return problem;
  if (!COMMITMENT_ATTENTIONS.includes(item.attention as never)) {
    return `${path}.attention is not one of ${COMMITMENT_ATTENTIONS.join(', ')}`;
  }
  if (!Number.isInteger(item.progress) || !isPercent(item.progress)) {
    return `${path}.progress is not a whole number from 0 to 100`;
  }
  return null;
}

function attentionCityProblem(city: unknown, path: string): string | null {
  if (!isRecord(city)) return `${path} is not an object`;
  const problem =
    blankProblem(city, ['cityName'], path) ?? countsProblem(city, ['overdue', 'stale'], path);
  if (problem) return problem;
  if (city.lastUpdateOn !== null && !isCalendarDate(city.lastUpdateOn)) {
    return `${path}.lastUpdateOn is neither a calendar date (YYYY-MM-DD) nor null`;
  }
  return null;
}

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
  'commitment-reminder': (params) => {
    const problem = blankProblem(params, ['displayName', 'tenantName']);
    if (problem) return problem;
    if (!isInstant(params.validUntil)) return 'params.validUntil is not an ISO 8601 instant';
    const commitments = params.commitments;
    if (!Array.isArray(commitments) || commitments.length === 0) {
      return 'params.commitments is not a non-empty list';
    }
    if (commitments.length > MAX_REMINDED_COMMITMENTS) {
      return `params.commitments has more than ${MAX_REMINDED_COMMITMENTS} items`;
    }
    for (const [index, item] of commitments.entries()) {
      const itemProblem = remindedCommitmentProblem(item, `params.commitments[${index}]`);
      if (itemProblem) return itemProblem;
    }
    return null;
  },
  'follow-up-digest': (params) =>
    blankProblem(params, ['displayName', 'tenantName']) ??
    summaryPeriodProblem(params) ??
    commitmentFiguresProblem(params) ??
    countsProblem(params, ['updatesInPeriod', 'awaitingAnswer']) ??
    examplesProblem(params, 'overdue', 'dueDate') ??
    examplesProblem(params, 'stale', 'lastUpdateOn'),
  'network-summary': (params) => {
    const problem =
      blankProblem(params, ['displayName']) ??
      summaryPeriodProblem(params) ??
      countsProblem(params, ['cities', 'recommendations', 'answered', 'overdue', 'stale']) ??
      commitmentFiguresProblem(params);
    if (problem) return problem;
    if ((params.answered as number) > (params.recommendations as number)) {
      return 'params.answered is more than params.recommendations';
    }
    const attention = params.attention;
    if (!Array.isArray(attention)) return 'params.attention is not a list';
    if (attention.length > MAX_ATTENTION_CITIES) {
      return `params.attention has more than ${MAX_ATTENTION_CITIES} items`;
    }
    for (const [index, city] of attention.entries()) {
      const cityProblem = attentionCityProblem(city, `params.attention[${index}]`);
      if (cityProblem) return cityProblem;
    }
    return null;
  },
  'plan-submitted': (params) =>
    blankProblem(params, ['displayName', 'learnerCity', 'mentorCity', 'submittedBy']) ??
    positiveCountsProblem(params, ['versionNumber', 'actions']) ??
    oneOfProblem(params, 'stage', PLAN_STAGES) ??
    instantProblem(params, 'submittedAt'),
  'plan-comment': (params) => {
    const problem =
      blankProblem(params, ['displayName', 'authorName', 'authorCity', 'learnerCity']) ??
      positiveCountsProblem(params, ['versionNumber']);
    if (problem) return problem;
    if (params.actionTitle !== null && blankProblem(params, ['actionTitle'])) {
      return 'params.actionTitle is neither a non-empty string nor null';
    }
    if (typeof params.reply !== 'boolean') return 'params.reply is not a boolean';
    return (
      typedTextProblem(params, 'excerpt', PLAN_COMMENT_EXCERPT_MAX) ??
      instantProblem(params, 'commentedAt')
    );
  },
  'plan-decision': (params) => {
    const problem =
      blankProblem(params, ['displayName', 'reviewerName', 'mentorCity', 'learnerCity']) ??
      positiveCountsProblem(params, ['versionNumber']) ??
      oneOfProblem(params, 'decision', PLAN_DECISIONS);
    if (problem) return problem;
    if (params.note !== null) {
      if (typeof params.note !== 'string' || textParagraphs(params.note).length === 0) {
        return 'params.note is neither a non-empty string nor null';
      }
      const noteProblem = typedTextProblem(params, 'note', PLAN_DECISION_NOTE_MAX);
      if (noteProblem) return noteProblem;
    }
    return instantProblem(params, 'decidedAt');
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
    return 'its send-before instant (expiresAt, startsAt, validUntil) is not an ISO 8601 instant';
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
