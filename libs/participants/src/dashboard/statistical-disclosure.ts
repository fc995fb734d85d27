/** Below this many people a figure could point at someone, so only the edition's team sees it. */
export const SUPPRESSION_THRESHOLD = 5;
