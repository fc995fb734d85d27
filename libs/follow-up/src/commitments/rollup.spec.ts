import { CommitmentStatus } from './commitment-status';
import { rolledUpProgress } from './rollup';

const milestone = (progress: number, weight = 1, status = CommitmentStatus.InProgress) => ({
  progress,
  weight,
  status,
});

describe('rolledUpProgress', () => {
  it('averages the milestones by weight', () => {
    expect(rolledUpProgress([milestone(100, 3), milestone(0, 1)])).toBe(75);
    expect(rolledUpProgress([milestone(50), milestone(20)])).toBe(35);
  });

  it('rounds to a whole percentage', () => {
    expect(rolledUpProgress([milestone(100), milestone(0), milestone(0)])).toBe(33);
  });

  it('leaves abandoned milestones out, so the rest can still reach 100', () => {
    expect(
      rolledUpProgress([milestone(100, 1), milestone(10, 5, CommitmentStatus.Abandoned)]),
    ).toBe(100);
  });

  it('has nothing to roll up without a milestone that counts', () => {
    expect(rolledUpProgress([])).toBeNull();
    expect(rolledUpProgress([milestone(40, 1, CommitmentStatus.Abandoned)])).toBeNull();
  });
});
