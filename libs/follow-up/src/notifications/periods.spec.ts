import { NotificationFrequency } from './notification-kind';
import { periodOf } from './periods';

const weekly = (iso: string) => periodOf(NotificationFrequency.Weekly, new Date(iso));
const monthly = (iso: string) => periodOf(NotificationFrequency.Monthly, new Date(iso));

describe('periodOf', () => {
  it('names a week by its ISO number, and covers the week before', () => {
    expect(weekly('2026-11-22T23:59:00Z')).toEqual({
      key: '2026-W47',
      covers: { start: '2026-11-09', end: '2026-11-15' },
      validUntil: new Date('2026-11-23T00:00:00Z'),
    });
    expect(weekly('2026-11-23T00:00:00Z').key).toBe('2026-W48');
  });

  it('puts the first days of January in the last week of the year before when ISO does', () => {
    expect(weekly('2027-01-01T12:00:00Z').key).toBe('2026-W53');
    expect(weekly('2026-01-01T12:00:00Z').key).toBe('2026-W01');
    expect(weekly('2024-12-30T12:00:00Z').key).toBe('2025-W01');
  });

  it('names a month, and covers the month before, across a year', () => {
    expect(monthly('2027-01-15T08:00:00Z')).toEqual({
      key: '2027-01',
      covers: { start: '2026-12-01', end: '2026-12-31' },
      validUntil: new Date('2027-02-01T00:00:00Z'),
    });
    expect(monthly('2028-03-01T00:00:00Z').covers).toEqual({
      start: '2028-02-01',
      end: '2028-02-29',
    });
  });
});
