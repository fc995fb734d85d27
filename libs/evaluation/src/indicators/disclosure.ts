/** Below this many respondents a figure could point at someone: only the edition's team sees it. */
export const SUPPRESSION_THRESHOLD = 5;

/** Counts as the SQL functions return them: both null when suppressed there. */
export interface Counts {
  respondents: number | null;
  agreeing: number | null;
}

export interface Share {
  /** The denominator. */
  respondents: number | null;
  /** The numerator. */
  agreeing: number | null;
  share: number | null;
  suppressed: boolean;
}

/** A share with its numerator and denominator; none of them when the counts were suppressed. */
export function toShare(counts: Counts | undefined): Share {
  if (!counts) return { respondents: 0, agreeing: 0, share: null, suppressed: false };
  const { respondents, agreeing } = counts;
  if (respondents === null || agreeing === null) {
    return { respondents: null, agreeing: null, share: null, suppressed: true };
  }
  return {
    respondents,
    agreeing,
    share: respondents === 0 ? null : Math.round((agreeing / respondents) * 1000) / 1000,
    suppressed: false,
  };
}

const SUPPRESSED = { respondents: null, agreeing: null, share: null, suppressed: true };

/**
 * The cities' figures add up to the network's: with a single city suppressed, the total minus the
 * others would give it away, so the smallest other city is suppressed with it.
 */
export function protectParts<T extends Share>(parts: T[]): T[] {
  if (parts.filter((part) => part.suppressed).length !== 1) return parts;
  const smallest = parts
    .filter((part) => !part.suppressed && (part.respondents ?? 0) > 0)
    .sort((a, b) => a.respondents! - b.respondents!)[0];
  return parts.map((part) => (part === smallest ? { ...part, ...SUPPRESSED } : part));
}
