import { Client } from 'pg';
import type { TemplateDefinition } from '@inclusion/methodology';
import { dropDatabase } from '@inclusion/database';
import {
  createPrivateDatabase,
  TEST_ADMIN_URL,
  testDatabaseUrls,
  type PrivateDatabase,
} from '@inclusion/testing';
import { Batch } from './batch';
import { generateCity, VOLUMES } from './city';
import { fillDatabase, generateDataset, urlsFor, type FillResult, type Manifest } from './generate';
import { PAIR_VOLUMES } from './mentoring';
import { FILLED_TABLES, SCHEMA } from './schema';

const TENANTS = 3;
const SEED = 7;
const today = new Date().toISOString().slice(0, 10);

const query = async <T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
};

/** Every row of every table the dataset fills, as one digest per table (the salt aside). */
async function digests(adminUrl: string): Promise<Record<string, string>> {
  const tables = [...FILLED_TABLES, 'methodology_template_version'];
  const rows = await query<{ name: string; digest: string }>(
    adminUrl,
    tables
      .map(
        (table) =>
          `select '${table}' as name, md5(coalesce(string_agg((to_jsonb(t) - 'password_hash')::text,
             '|' order by t.id), '')) as digest from "${table}" t`,
      )
      .join(' union all '),
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.digest]));
}

/**
 * Runs `work` in one transaction of the runtime role (row-level security applies), with the scope
 * the API sets at the start of an operation.
 */
async function scoped<T>(
  url: string,
  scope: { tenantId?: string; userId?: string; networkOperator?: boolean },
  work: (sql: <R>(text: string, params?: unknown[]) => Promise<R[]>) => Promise<T>,
): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(
      `select set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true),
              set_config('app.network_operator', $3, true)`,
      [scope.tenantId ?? '', scope.userId ?? '', scope.networkOperator ? 'on' : ''],
    );
    return await work(async (text, params) => (await client.query(text, params)).rows);
  } finally {
    await client.query('rollback');
    await client.end();
  }
}

describe('the benchmark dataset', () => {
  const admin = TEST_ADMIN_URL;
  const { ownerUrl, runtimeUrl } = testDatabaseUrls('postgres');
  const urls = { adminUrl: admin, ownerUrl, runtimeUrl };
  const commandDatabase = `inclusion_test_bench_${process.pid}`;
  let manifest: Manifest;
  let second: PrivateDatabase;
  let refill: FillResult;

  beforeAll(async () => {
    // Once through the command's own path (drop, create, migrate, fill), once into a database
    // migrated by the test kit: the same seed must give the same rows.
    manifest = await generateDataset(urls, commandDatabase, {
      tenants: TENANTS,
      seed: SEED,
      today,
    });
    second = await createPrivateDatabase('bench');
    refill = await fillDatabase(urlsFor(urls, second.name).adminUrl, {
      tenants: TENANTS,
      seed: SEED,
      today,
    });
  }, 60_000);

  afterAll(async () => {
    await dropDatabase(admin, commandDatabase);
    await second?.drop();
  });

  it('names every column of the tables it fills, as the migrations made them', async () => {
    const columns = await query<{ table_name: string; column_name: string }>(
      urlsFor(urls, commandDatabase).adminUrl,
      `select table_name, column_name from information_schema.columns where table_schema = 'public'`,
    );
    for (const table of Object.keys(SCHEMA)) {
      const actual = columns.filter((c) => c.table_name === table).map((c) => c.column_name);
      expect({ table, columns: actual.sort() }).toEqual({
        table,
        columns: Object.keys(SCHEMA[table as keyof typeof SCHEMA]).sort(),
      });
    }
  });

  it('is the same for the same seed, ids included, and differs for another', async () => {
    expect(refill.cities).toEqual(manifest.cities);
    expect(refill.counts).toEqual(manifest.counts);
    expect(await digests(urlsFor(urls, second.name).adminUrl)).toEqual(
      await digests(urlsFor(urls, commandDatabase).adminUrl),
    );
    // Another seed: other ids. A city's rows depend on the seed and its index only, so they
    // are generated again in memory.
    const [{ definition }] = await query<{ definition: TemplateDefinition }>(
      urlsFor(urls, commandDatabase).adminUrl,
      `select definition from methodology_template_version where key = 'resilient-cities'`,
    );
    const city = (seed: number) =>
      generateCity(
        { seed, tenants: TENANTS, today, passwordHash: 'x', template: { id: 'x', definition } },
        0,
        new Batch(),
      );
    expect(city(SEED)).toMatchObject({
      id: manifest.cities[0].id,
      commitmentIds: manifest.cities[0].commitmentIds,
    });
    expect(city(SEED + 1).id).not.toBe(manifest.cities[0].id);
  });

  it('gives each city the volumes of the issue, and pairs them two by two', () => {
    const { counts } = manifest;
    const perCity = {
      tenant: 1,
      edition: 1,
      edition_phase: 8,
      application: 2 * VOLUMES.applicationsPerCohort,
      activity: VOLUMES.activities,
      questionnaire: VOLUMES.questionnaires,
      recommendation: VOLUMES.recommendations,
      commitment: VOLUMES.commitments,
      commitment_update: VOLUMES.commitments * VOLUMES.updatesPerCommitment,
    };
    for (const [table, n] of Object.entries(perCity)) {
      expect({ table, rows: counts[table] }).toEqual({ table, rows: n * TENANTS });
    }
    // A coordinator, a facilitator and 32 selected participants per city, the pair's two named
    // people, and the network operator.
    expect(counts.membership).toBe(TENANTS * (2 + 2 * VOLUMES.selectedPerCohort) + 2);
    expect(counts.app_user).toBe(counts.membership + 1);
    expect(counts.partnership).toBe(1);
    expect(counts.plan_action).toBe(PAIR_VOLUMES.actions);
    expect(counts.plan_version).toBe(PAIR_VOLUMES.versions);
    expect(counts.review_comment).toBe(20);
    const [mentor, learner, alone] = manifest.cities;
    expect(mentor.partnershipId).toBe(learner.partnershipId);
    expect(learner.planVersionIds).toHaveLength(3);
    expect(mentor.reviewerEmail).toMatch(new RegExp(`@${mentor.slug}\\.`));
    expect(learner.authorEmail).toMatch(new RegExp(`@${learner.slug}\\.`));
    expect([mentor.pairSide, learner.pairSide]).toEqual(['mentor', 'learner']);
    expect(alone).toMatchObject({
      partnershipId: null,
      planVersionIds: [],
      reviewerEmail: null,
      pairSide: null,
    });
    expect(manifest.cities.every((city) => city.commitmentIds.length === 5)).toBe(true);
  });

  it('reads back through the runtime role as the application reads it', async () => {
    const db = urlsFor(urls, commandDatabase);
    const people = await query<{ email: string; id: string }>(
      db.adminUrl,
      `select email, id from app_user`,
    );
    const userId = (email: string) => people.find((p) => p.email === email)!.id;
    const published = await query<{ tenant_id: string; n: number }>(
      db.adminUrl,
      `select tenant_id, count(*)::int as n from commitment where published_at is not null group by 1`,
    );
    const expected = await query<{ tenant_id: string; overdue: number; stale: number }>(
      db.adminUrl,
      `select c.tenant_id,
              (count(*) filter (where c.status not in ('done', 'abandoned')
                 and c.due_date < (now() at time zone t.time_zone)::date))::int as overdue,
              (count(*) filter (where c.status not in ('done', 'abandoned') and c.last_update_at
                 < now() - make_interval(days => coalesce(s.stale_after_days, 60))))::int as stale
         from commitment c join tenant t on t.id = c.tenant_id
         left join follow_up_settings s on s.tenant_id = c.tenant_id group by 1`,
    );
    for (const city of manifest.cities) {
      const coordinator = { tenantId: city.id, userId: userId(city.coordinatorEmail) };
      await scoped(db.runtimeUrl, coordinator, async (sql) => {
        const [own] = await sql<{ n: number }>(
          `select count(*)::int as n from commitment where tenant_id = app_current_tenant()`,
        );
        expect(own.n).toBe(VOLUMES.commitments);
        const [figures] = await sql<{
          recommendations: number;
          commitments: number;
          overdue: number;
          stale: number;
        }>(`select * from app_follow_up_figures('{}'::jsonb)`);
        expect(figures).toMatchObject({
          recommendations: VOLUMES.recommendations,
          commitments: VOLUMES.commitments,
          overdue: expected.find((e) => e.tenant_id === city.id)!.overdue,
          stale: expected.find((e) => e.tenant_id === city.id)!.stale,
        });
        const cohorts = await sql<{ cohort: string; people: number }>(
          `select cohort, people from app_cohort_figures($1) where dimension = 'selected'`,
          [city.editionId],
        );
        expect(cohorts.map((c) => c.people)).toEqual([16, 16]);
        const [applications] = await sql<{ n: number }>(
          `select count(*)::int as n from application`,
        );
        expect(applications.n).toBe(2 * VOLUMES.applicationsPerCohort);
      });
    }
    // A participant reads their own application only; the public reads published rows only.
    const [participant] = await query<{ tenant_id: string; person_id: string }>(
      db.adminUrl,
      `select tenant_id, person_id from application where person_id is not null limit 1`,
    );
    await scoped(
      db.runtimeUrl,
      { tenantId: participant.tenant_id, userId: participant.person_id },
      async (sql) => {
        expect((await sql<{ n: number }>(`select count(*)::int as n from application`))[0].n).toBe(
          1,
        );
      },
    );
    await scoped(db.runtimeUrl, {}, async (sql) => {
      const [visible] = await sql<{ n: number }>(`select count(*)::int as n from commitment`);
      expect(visible.n).toBe(published.reduce((sum, p) => sum + p.n, 0));
      const [history] = await sql<{ n: number }>(
        `select count(*)::int as n from commitment_update`,
      );
      expect(history.n).toBe(visible.n * VOLUMES.updatesPerCommitment);
    });
    // The network operator's dashboard: every city, in one set-based read.
    await scoped(
      db.runtimeUrl,
      { userId: userId(manifest.operator.email), networkOperator: true },
      async (sql) => {
        const rows = await sql<{ commitments: number }>(
          `select * from app_network_follow_up('{}'::jsonb)`,
        );
        expect(rows.map((r) => r.commitments)).toEqual(Array(TENANTS).fill(VOLUMES.commitments));
      },
    );
    // The mentor's path: the named reviewer, acting in the mentor city, reads the learner's plan;
    // the mentor city's coordinator does not.
    const [mentor, learner] = manifest.cities;
    const pairRows = (userId: string) =>
      scoped(db.runtimeUrl, { tenantId: mentor.id, userId }, (sql) =>
        sql<{ versions: number; comments: number }>(
          `select (select count(*)::int from plan_version where partnership_id = $1) as versions,
                  (select count(*)::int from review_comment where partnership_id = $1) as comments`,
          [learner.partnershipId],
        ),
      );
    expect(await pairRows(userId(mentor.reviewerEmail!))).toEqual([{ versions: 3, comments: 20 }]);
    expect(await pairRows(userId(mentor.coordinatorEmail))).toEqual([{ versions: 0, comments: 0 }]);
  });
});
