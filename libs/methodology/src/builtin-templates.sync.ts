import { newId } from '@inclusion/database';
import { BUILTIN_TEMPLATES } from './builtin-templates';

export type SqlExecutor = (text: string, params: unknown[]) => Promise<unknown>;

/**
 * Brings the versions shipped in the repository into the database, after the migrations and with
 * them (`db:migrate`, or the API's start in development). Idempotent: a version once published is
 * never changed; a repository file that differs must ship as a new version.
 */
export async function syncBuiltinTemplates(sql: SqlExecutor): Promise<void> {
  for (const definition of BUILTIN_TEMPLATES) {
    await sql(
      `insert into methodology_template_version (id, key, version, definition, built_in, published_at)
       values ($1, $2, $3, $4, true, now()) on conflict (key, version) do nothing`,
      [newId(), definition.key, definition.version, JSON.stringify(definition)],
    );
  }
}
