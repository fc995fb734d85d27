/** An action as a version froze it. */
export interface ActionSnapshot {
  id: string;
  position: number;
  title: string;
  objective: string;
  criterionId: string | null;
  keyFactorIds: string[];
  responsibleService: string;
  startsOn: string;
  endsOn: string;
  resources: string | null;
  indicators: string | null;
  status: string;
}

export interface FieldChange {
  field: keyof ActionSnapshot;
  before: string | null;
  after: string | null;
}

export interface PlanDiff {
  added: ActionSnapshot[];
  removed: ActionSnapshot[];
  changed: { id: string; title: string; changes: FieldChange[] }[];
}

const COMPARED: (keyof ActionSnapshot)[] = [
  'position',
  'title',
  'objective',
  'criterionId',
  'keyFactorIds',
  'responsibleService',
  'startsOn',
  'endsOn',
  'resources',
  'indicators',
  'status',
];

/** A field as the difference shows it: lists by their sorted members, order aside. */
const shown = (value: ActionSnapshot[keyof ActionSnapshot]): string | null => {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.length ? [...value].sort().join(', ') : null;
  return String(value);
};

/** What changed from one version of a plan to another, action by action (by id). */
export function diffPlans(
  from: readonly ActionSnapshot[],
  to: readonly ActionSnapshot[],
): PlanDiff {
  const before = new Map(from.map((action) => [action.id, action]));
  const after = new Map(to.map((action) => [action.id, action]));
  const changed: PlanDiff['changed'] = [];
  for (const action of to) {
    const old = before.get(action.id);
    if (!old) continue;
    const changes = COMPARED.flatMap((field) => {
      const [was, is] = [shown(old[field]), shown(action[field])];
      return was === is ? [] : [{ field, before: was, after: is }];
    });
    if (changes.length) changed.push({ id: action.id, title: action.title, changes });
  }
  return {
    added: to.filter((action) => !before.has(action.id)),
    removed: from.filter((action) => !after.has(action.id)),
    changed,
  };
}
