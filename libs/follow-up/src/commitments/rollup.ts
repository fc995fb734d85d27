import { CommitmentStatus } from './commitment-status';

export interface MilestoneShare {
  progress: number;
  weight: number;
  status: CommitmentStatus;
}

/**
 * A commitment's progress from its milestones': their average weighted by `weight`, as Decidim's
 * accountability results roll up. An abandoned milestone no longer counts (the parent could never
 * reach 100 otherwise); with every milestone abandoned there is nothing to roll up (null).
 */
export function rolledUpProgress(milestones: readonly MilestoneShare[]): number | null {
  const counted = milestones.filter((m) => m.status !== CommitmentStatus.Abandoned);
  const weights = counted.reduce((sum, m) => sum + m.weight, 0);
  if (!weights) return null;
  return Math.round(counted.reduce((sum, m) => sum + m.progress * m.weight, 0) / weights);
}
