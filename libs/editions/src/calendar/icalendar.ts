/**
 * Dependency-free iCalendar (RFC 5545) renderer for programme-edition subscription feeds.
 *
 * Events are written in UTC ("Z" form), so the feed needs no VTIMEZONE block; the edition's
 * IANA time zone is only advertised through X-WR-TIMEZONE for clients that display it.
 */

export interface CalendarEvent {
  /** Stable id (an activity UUID); rendered as `${uid}@inclusive-cities`. */
  uid: string;
  title: string;
  description?: string | null;
  /** Instant. */
  startsAt: Date;
  /** Must be > 0. */
  durationMinutes: number;
  /** Place address. */
  location?: string | null;
  /** Online link. */
  url?: string | null;
  /** Used for DTSTAMP and LAST-MODIFIED. */
  updatedAt: Date;
  /** Renders STATUS:CANCELLED instead of STATUS:CONFIRMED. */
  cancelled?: boolean;
}

export interface CalendarFeed {
  /** X-WR-CALNAME, e.g. "Villes résilientes — Clermont-Ferrand". */
  name: string;
  /** IANA time zone, e.g. "Europe/Paris" (X-WR-TIMEZONE). */
  timeZone: string;
  events: CalendarEvent[];
}

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;
const UID_DOMAIN = 'inclusive-cities';

/** Escapes a TEXT value (RFC 5545 §3.3.11) and drops control characters other than HTAB. */
function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, ''); // eslint-disable-line no-control-regex
}

/** URI values are not TEXT-escaped, but must never break the content line. */
function sanitizeUri(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f]/g, ''); // eslint-disable-line no-control-regex
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds a content line so that no physical line exceeds 75 octets (UTF-8 bytes), excluding the
 * CRLF, never splitting a multi-byte character. Continuation lines start with a single space,
 * which counts towards their 75 octets.
 */
function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) as number);
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

function assertValidDate(date: Date, what: string): void {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new RangeError(`Invalid ${what} date`);
  }
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** UTC date-time in basic format, e.g. `20250114T083000Z`. */
function formatUtc(date: Date): string {
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

function hasText(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.length > 0;
}

function renderEvent(event: CalendarEvent): string[] {
  assertValidDate(event.startsAt, 'start');
  assertValidDate(event.updatedAt, 'update');
  if (!Number.isFinite(event.durationMinutes) || event.durationMinutes <= 0) {
    throw new RangeError(`Event ${event.uid} must last a positive number of minutes`);
  }
  const endsAt = new Date(event.startsAt.getTime() + event.durationMinutes * 60_000);
  const stamp = formatUtc(event.updatedAt);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${event.uid}@${UID_DOMAIN}`)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${formatUtc(event.startsAt)}`,
    `DTEND:${formatUtc(endsAt)}`,
    `SUMMARY:${escapeText(event.title)}`,
  ];
  if (hasText(event.description)) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (hasText(event.location)) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (hasText(event.url)) lines.push(`URL:${sanitizeUri(event.url)}`);
  lines.push(
    `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    `LAST-MODIFIED:${stamp}`,
    'END:VEVENT',
  );
  return lines;
}

/** Renders a complete VCALENDAR object with CRLF line endings (ending with CRLF). */
export function renderICalendar(feed: CalendarFeed): string {
  const events = [...feed.events].sort(
    (a, b) =>
      a.startsAt.getTime() - b.startsAt.getTime() || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0),
  );
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Inclusive Cities//Programme calendar//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(feed.name)}`,
    `X-WR-TIMEZONE:${escapeText(feed.timeZone)}`,
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
    ...events.flatMap(renderEvent),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
