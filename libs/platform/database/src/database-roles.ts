import { Client } from 'pg';

/** The group role every migration grants to; the runtime login role is a member of it. */
export const RUNTIME_GROUP_ROLE = 'inclusion_runtime';

/**
 * Owns the network's reporting functions, and only those: it bypasses row-level security, so
 * that figures over every city plan like plain queries instead of checking each row's policies.
 * It cannot log in; the owner is a member so that migrations can hand it those functions, which
 * answer only the network operator and return figures, never a row.
 */
export const REPORTING_ROLE = 'inclusion_reporting';

export interface DatabaseSetup {
  /** A superuser (or a role with CREATEROLE and CREATEDB) on the cluster. */
  adminUrl: string;
  ownerUrl: string;
  runtimeUrl: string;
}

const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;
const literal = (value: string): string => `'${value.replace(/'/g, "''")}'`;

function credentials(url: string): { user: string; password: string; database: string } {
  const parsed = new URL(url);
  return {
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: parsed.pathname.replace(/^\//, ''),
  };
}

async function ensureRole(admin: Client, name: string, attributes: string, password?: string) {
  const exists = await admin.query('select 1 from pg_roles where rolname = $1', [name]);
  const verb = exists.rowCount ? 'alter' : 'create';
  const pass = password ? ` password ${literal(password)}` : '';
  await admin.query(`${verb} role ${ident(name)} ${attributes}${pass}`);
}

/**
 * Creates (or brings up to date) the roles and the database: the owner, which runs migrations
 * and owns every table, the runtime login role, which owns nothing and cannot bypass row-level
 * security, and the reporting role. Idempotent, so deployments may run it at every start.
 */
export async function setUpDatabase({ adminUrl, ownerUrl, runtimeUrl }: DatabaseSetup) {
  const owner = credentials(ownerUrl);
  const runtime = credentials(runtimeUrl);
  if (owner.database !== runtime.database) {
    throw new Error('DATABASE_URL and DATABASE_OWNER_URL must name the same database');
  }
  if (owner.user === runtime.user) {
    throw new Error('The runtime role must not be the owner role: it would own the tables');
  }
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await ensureRole(admin, owner.user, 'login nosuperuser nobypassrls', owner.password);
    await ensureRole(admin, RUNTIME_GROUP_ROLE, 'nologin nosuperuser nobypassrls');
    await ensureRole(
      admin,
      runtime.user,
      'login nosuperuser nobypassrls nocreatedb nocreaterole',
      runtime.password,
    );
    await admin.query(`grant ${ident(RUNTIME_GROUP_ROLE)} to ${ident(runtime.user)}`);
    await ensureRole(admin, REPORTING_ROLE, 'nologin nosuperuser bypassrls');
    await admin.query(`grant ${ident(REPORTING_ROLE)} to ${ident(owner.user)}`);
    const db = await admin.query('select 1 from pg_database where datname = $1', [owner.database]);
    if (!db.rowCount) {
      await admin.query(`create database ${ident(owner.database)} owner ${ident(owner.user)}`);
    }
  } finally {
    await admin.end();
  }
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${ident(database)} with (force)`);
  } finally {
    await admin.end();
  }
}

/** Refuses to run the product as a role that row-level security would not hold. */
export async function assertRuntimeRoleIsConfined(runtimeUrl: string): Promise<void> {
  const client = new Client({ connectionString: runtimeUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ rolsuper: boolean; rolbypassrls: boolean; owns: number }>(
      `select r.rolsuper, r.rolbypassrls,
              (select count(*)::int from pg_tables t where t.tableowner = current_user) as owns
         from pg_roles r where r.rolname = current_user`,
    );
    const role = rows[0];
    if (role.rolsuper || role.rolbypassrls || role.owns > 0) {
      throw new Error(
        'DATABASE_URL must connect as the runtime role: not a superuser, without BYPASSRLS, owning no table',
      );
    }
  } finally {
    await client.end();
  }
}
