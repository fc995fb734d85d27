/** Below this many people a figure could point at someone, so only the edition's team sees it. */
export const SUPPRESSION_THRESHOLD = 5;

export interface Cell {
  category: string;
  /** Null when suppressed. */
  value: number | null;
}

/**
 * Counts from 1 to 4 are suppressed where they are computed (in SQL, for whoever does not run the
 * edition). A group whose total is known gives a lone suppressed cell away by subtraction, so the
 * smallest other non-zero cell is suppressed with it (secondary suppression).
 */
export function protectGroup(cells: Cell[]): Cell[] {
  const suppressed = cells.filter((cell) => cell.value === null);
  if (suppressed.length !== 1) return cells;
  const smallest = cells
    .filter((cell): cell is Cell & { value: number } => cell.value !== null && cell.value > 0)
    .sort((a, b) => a.value - b.value)[0];
  return cells.map((cell) => (cell === smallest ? { ...cell, value: null } : cell));
}
