import { isDeepStrictEqual } from 'node:util';
import { newId } from '@inclusion/database';
import { BUILTIN_TEMPLATES } from './builtin-templates';

export type SqlExecutor = (
  text: string,
  params: unknown[],
) => Promise<{ rows: { definition: unknown }[] }>;

/**
 * Brings the versions shipped in the repository into the database, after the migrations and with
 * them (`db:migrate`, or the API's start in development). Idempotent. A version once published is
 * never changed: a repository file edited without a new version number stops the release here,
 * rather than leaving editions to differ from what the file says.
 */
export async function syncBuiltinTemplates(sql: SqlExecutor): Promise<void> {
  for (const definition of BUILTIN_TEMPLATES) {
    const { rows } = await sql(
      'select definition from methodology_template_version where key = $1 and version = $2',
      [definition.key, definition.version],
    );
    if (rows[0]) {
      // jsonb reorders keys: compare values, not text.
      if (!isDeepStrictEqual(rows[0].definition, JSON.parse(JSON.stringify(definition)))) {
        throw new Error(
          `${definition.key} v${definition.version} differs from the version published: ship the change as a new version`,
        );
      }
      continue;
    }
    await sql(
      `insert into methodology_template_version (id, key, version, definition, built_in, published_at)
       values ($1, $2, $3, $4, true, now()) on conflict (key, version) do nothing`,
      [newId(), definition.key, definition.version, JSON.stringify(definition)],
    );
  }
}
