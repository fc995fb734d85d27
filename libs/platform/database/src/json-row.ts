import type { EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ReadOnlyRow } from './read-rows';

/**
 * The plain row `readRows` would give, from a row a SQL function returned as JSON (`to_jsonb`):
 * columns named as properties, timestamps as dates. Hidden properties (a password hash) are left
 * out: a row to show never carries them.
 */
export function rowFromJson<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  json: Record<string, unknown>,
): ReadOnlyRow<T> {
  const meta = em.getMetadata(entity);
  const row = (em.getDriver().mapResult(json as never, meta) ?? {}) as Record<string, unknown>;
  for (const prop of meta.props) {
    const value = row[prop.name];
    if (prop.hidden) delete row[prop.name];
    else if (prop.runtimeType === 'Date' && typeof value === 'string')
      row[prop.name] = new Date(value);
  }
  return row as ReadOnlyRow<T>;
}
