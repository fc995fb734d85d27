import { diffPlans, type ActionSnapshot } from './plan-diff';

const action = (id: string, overrides: Partial<ActionSnapshot> = {}): ActionSnapshot => ({
  id,
  position: 1,
  title: `Action ${id}`,
  objective: 'Objective',
  criterionId: null,
  keyFactorIds: [],
  responsibleService: 'Education',
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  resources: null,
  indicators: null,
  status: 'planned',
  ...overrides,
});

describe('diffPlans', () => {
  it('tells added, removed and changed actions apart, by id', () => {
    const diff = diffPlans(
      [action('a'), action('b'), action('c')],
      [action('a'), action('c', { endsOn: '2027-06-30', resources: '2 staff' }), action('d')],
    );
    expect(diff.added.map((a) => a.id)).toEqual(['d']);
    expect(diff.removed.map((a) => a.id)).toEqual(['b']);
    expect(diff.changed).toEqual([
      {
        id: 'c',
        title: 'Action c',
        changes: [
          { field: 'endsOn', before: '2026-12-31', after: '2027-06-30' },
          { field: 'resources', before: null, after: '2 staff' },
        ],
      },
    ]);
  });

  it('does not see a change in the same key factors listed in another order', () => {
    const diff = diffPlans(
      [action('a', { keyFactorIds: ['k1', 'k2'] })],
      [action('a', { keyFactorIds: ['k2', 'k1'] })],
    );
    expect(diff).toEqual({ added: [], removed: [], changed: [] });
  });

  it('shows a retitled action under its new title', () => {
    const diff = diffPlans([action('a')], [action('a', { title: 'Renamed' })]);
    expect(diff.changed[0]).toMatchObject({
      title: 'Renamed',
      changes: [{ field: 'title', before: 'Action a', after: 'Renamed' }],
    });
  });
});
