/** One Likert item's change from pre to post, as `app_questionnaire_change` counts it. */
export interface ChangeCounts {
  paired: number | null;
  totalChange: number | null;
  improved: number | null;
}

export interface ItemChange {
  /** Respondents who answered the item in both questionnaires. */
  pairedRespondents: number | null;
  /** The mean of post minus pre, in scale points (-4 to 4). */
  meanChange: number | null;
  /** How many answered higher after than before. */
  improved: number | null;
  shareImproved: number | null;
  suppressed: boolean;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The figures of an item; none when the counts were suppressed, or nobody answered both. */
export function toItemChange(counts: ChangeCounts | undefined): ItemChange {
  if (!counts) {
    return {
      pairedRespondents: 0,
      meanChange: null,
      improved: 0,
      shareImproved: null,
      suppressed: false,
    };
  }
  const { paired, totalChange, improved } = counts;
  if (paired === null || totalChange === null || improved === null) {
    return {
      pairedRespondents: null,
      meanChange: null,
      improved: null,
      shareImproved: null,
      suppressed: true,
    };
  }
  return {
    pairedRespondents: paired,
    meanChange: round(totalChange / paired, 2),
    improved,
    shareImproved: round(improved / paired, 3),
    suppressed: false,
  };
}
