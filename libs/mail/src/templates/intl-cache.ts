/**
 * Intl formatters are slow to build (each construction looks the locale's data up again) and
 * free to reuse: one per locale, options and time zone is kept. Locales are two and time zones
 * those of the cities, but a bound keeps a stream of odd values from growing the cache.
 */
const MAX_ENTRIES = 500;
const formatters = new Map<string, unknown>();

function cached<T>(key: string, build: () => T): T {
  const found = formatters.get(key) as T | undefined;
  if (found !== undefined) return found;
  // Built first: an invalid time zone throws here, as it did uncached, and is never stored.
  const built = build();
  if (formatters.size >= MAX_ENTRIES) formatters.clear();
  formatters.set(key, built);
  return built;
}

const keyOf = (kind: string, locale: string, options: object): string =>
  `${kind}|${locale}|${JSON.stringify(options)}`;

export const dateTimeFormat = (
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat =>
  cached(keyOf('date', locale, options), () => new Intl.DateTimeFormat(locale, options));

export const numberFormat = (locale: string): Intl.NumberFormat =>
  cached(keyOf('number', locale, {}), () => new Intl.NumberFormat(locale));

export const listFormat = (locale: string, options: Intl.ListFormatOptions): Intl.ListFormat =>
  cached(keyOf('list', locale, options), () => new Intl.ListFormat(locale, options));

export const displayNames = (
  locale: string,
  options: Intl.DisplayNamesOptions,
): Intl.DisplayNames =>
  cached(keyOf('names', locale, options), () => new Intl.DisplayNames(locale, options));
