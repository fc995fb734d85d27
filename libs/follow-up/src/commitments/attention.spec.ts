import { isDueSoon, isOverdue, isStale } from './attention';
import { CommitmentStatus } from './commitment-status';

const now = new Date('2026-06-15T10:00:00Z');
const rules = { today: '2026-06-15', now, staleAfterDays: 60, dueSoonDays: 14 };
const open = (dueDate: string, daysSinceUpdate = 0, status = CommitmentStatus.InProgress) => ({
  status,
  dueDate,
  lastUpdateAt: new Date(now.getTime() - daysSinceUpdate * 86_400_000),
});

describe('a commitment’s attention', () => {
  it('is overdue from the day after its due date', () => {
    expect(isOverdue(open('2026-06-15'), rules)).toBe(false);
    expect(isOverdue(open('2026-06-14'), rules)).toBe(true);
  });

  it('is due soon from the reminder lead to its due date', () => {
    expect(isDueSoon(open('2026-06-15'), rules)).toBe(true);
    expect(isDueSoon(open('2026-06-29'), rules)).toBe(true);
    expect(isDueSoon(open('2026-06-30'), rules)).toBe(false);
    expect(isDueSoon(open('2026-06-14'), rules)).toBe(false);
  });

  it('is stale once not updated for longer than the delay', () => {
    expect(isStale(open('2027-01-01', 60), rules)).toBe(false);
    expect(isStale(open('2027-01-01', 61), rules)).toBe(true);
  });

  it('asks nothing once done or abandoned', () => {
    for (const status of [CommitmentStatus.Done, CommitmentStatus.Abandoned]) {
      const closed = open('2026-06-01', 90, status);
      expect(isOverdue(closed, rules)).toBe(false);
      expect(isStale(closed, rules)).toBe(false);
      expect(isDueSoon(open('2026-06-20', 0, status), rules)).toBe(false);
    }
  });
});
