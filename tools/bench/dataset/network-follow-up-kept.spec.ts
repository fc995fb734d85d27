import { Client } from 'pg';
import { createPrivateDatabase, TEST_ADMIN_URL, type PrivateDatabase } from '@inclusion/testing';
import { fillDatabase } from './generate';

const FILTERS: Record<string, unknown>[] = [
  {},
  { country: 'FR' },
  { theme: 'participation' },
  { methodology: 'resilient-cities' },
  { methodology: 'inclucities-mentoring' },
  { editionYear: new Date().getUTCFullYear() },
];

/**
 * The network's figures and series read tallies and per-period buckets that triggers keep as
 * rows change; the city dashboard's functions still count the rows themselves. On a generated
 * dataset, then after each kind of change the triggers handle, both must give the same figures,
 * and what is kept must equal a rebuild from scratch.
 */
describe('the network follow-up tallies and buckets', () => {
  let database: PrivateDatabase;
  let adminUrl: string;
  let sql: Client;

  beforeAll(async () => {
    database = await createPrivateDatabase('buckets');
    const url = new URL(TEST_ADMIN_URL);
    url.pathname = `/${database.name}`;
    adminUrl = url.toString();
    await fillDatabase(adminUrl, { tenants: 4, seed: 11 });
    sql = new Client({ connectionString: adminUrl });
    await sql.connect();
    // The superuser stands in for the API's network operator session.
    await sql.query(`select set_config('app.network_operator', 'on', false)`);
  }, 60_000);

  afterAll(async () => {
    await sql?.end();
    await database?.drop();
  });

  /** A city's member's reads, under row-level security: the kept functions against the rows. */
  async function expectCitiesToMatchRows(): Promise<void> {
    const runtime = new Client({ connectionString: database.url });
    await runtime.connect();
    try {
      const tenants = (await sql.query<{ id: string }>('select id from tenant order by id')).rows;
      for (const [index, { id }] of tenants.entries()) {
        await runtime.query('begin');
        try {
          await runtime.query(`select set_config('app.tenant_id', $1, true)`, [id]);
          for (const filter of [{}, { theme: 'participation' }]) {
            const params = [JSON.stringify({ ...filter, tenant: id })];
            const read = async (fn: string, extra = '') =>
              (await runtime.query(`select * from ${fn}($1::jsonb${extra})`, params)).rows;
            expect(await read('app_kept_follow_up_figures')).toEqual(
              await read('app_follow_up_figures'),
            );
            expect(await read('app_kept_follow_up_series', `, 'week', 30`)).toEqual(
              await read('app_follow_up_series', `, 'week', 30`),
            );
          }
          // Another city's, asked by name, is nobody's business.
          const other = tenants[(index + 1) % tenants.length].id;
          const theirs = await runtime.query(
            'select * from app_kept_follow_up_figures($1::jsonb)',
            [JSON.stringify({ tenant: other })],
          );
          expect(theirs.rows).toEqual([]);
        } finally {
          await runtime.query('rollback');
        }
      }
    } finally {
      await runtime.end();
    }
  }

  async function expectKeptToMatchRows(): Promise<void> {
    await expectCitiesToMatchRows();
    for (const filter of FILTERS) {
      const params = [JSON.stringify(filter)];
      const figures = await sql.query(
        'select * from app_network_follow_up($1::jsonb) order by tenant_id',
        params,
      );
      const counted = await sql.query(
        'select * from app_follow_up_figures($1::jsonb) order by tenant_id',
        params,
      );
      expect({ filter, rows: figures.rows }).toEqual({ filter, rows: counted.rows });
      for (const bucket of ['week', 'month']) {
        const params = [JSON.stringify(filter), bucket, 40];
        const kept = await sql.query(
          'select * from app_network_follow_up_series($1::jsonb, $2, $3)',
          params,
        );
        const recomputed = await sql.query(
          'select * from app_follow_up_series($1::jsonb, $2, $3)',
          params,
        );
        expect({ filter, bucket, rows: kept.rows }).toEqual({
          filter,
          bucket,
          rows: recomputed.rows,
        });
      }
    }
    const bucketsNow = async () =>
      (
        await sql.query(
          `select tenant_id, edition_id, theme, bucket, bucket_start, opened, progress_change
             from follow_up_progress_bucket where opened <> 0 or progress_change <> 0
            order by 1, 2, 3, 4, 5`,
        )
      ).rows;
    // Groups left empty keep a row of zeros; a rebuild does not make one.
    const talliesNow = async () =>
      (
        await sql.query(
          `select * from follow_up_tally where recommendations <> 0 or commitments <> 0
            order by tenant_id, edition_id, theme`,
        )
      ).rows;
    const cityBucketsNow = async () =>
      (
        await sql.query(
          `select * from follow_up_city_progress_bucket where opened <> 0 or progress_change <> 0
            order by tenant_id, bucket, bucket_start`,
        )
      ).rows;
    const cityTalliesNow = async () =>
      (
        await sql.query(
          `select * from follow_up_city_tally where recommendations <> 0 or commitments <> 0
            order by tenant_id`,
        )
      ).rows;
    const kept = [await bucketsNow(), await talliesNow(), await cityBucketsNow()];
    const cityTallies = await cityTalliesNow();
    await sql.query('begin');
    try {
      await sql.query('select app_follow_up_buckets_rebuild(), app_follow_up_tally_rebuild()');
      expect(kept).toEqual([await bucketsNow(), await talliesNow(), await cityBucketsNow()]);
      expect(cityTallies).toEqual(await cityTalliesNow());
    } finally {
      await sql.query('rollback');
    }
  }

  const oneCommitment = async (offset = 0) =>
    (
      await sql.query<{ id: string; tenant_id: string; recommendation_id: string }>(
        `select id, tenant_id, recommendation_id from commitment
          where parent_id is null and recommendation_id in
                (select id from recommendation where theme <> 'local')
          order by id offset $1 limit 1`,
        [offset],
      )
    ).rows[0];

  const addEntry = (commitment: { id: string; tenant_id: string }, at: string, progress: number) =>
    sql.query(
      `insert into commitment_update (id, created_at, updated_at, tenant_id, commitment_id,
                                      progress, status, evidence)
       values (gen_random_uuid(), $3, $3, $2, $1, $4, 'in_progress', '{}')`,
      [commitment.id, commitment.tenant_id, at, progress],
    );

  it('agree with the histories on the generated dataset', async () => {
    const { rows } = await sql.query<{ n: number }>(
      'select count(*)::int as n from follow_up_progress_bucket',
    );
    expect(rows[0].n).toBeGreaterThan(0);
    const series = await sql.query<{ commitments: number }>(
      `select * from app_network_follow_up_series('{}'::jsonb, 'month', 12)`,
    );
    expect(series.rows.at(-1)!.commitments).toBeGreaterThan(0);
    await expectKeptToMatchRows();
  });

  it('stay exact when entries are added, even before others, and in bulk', async () => {
    const commitment = await oneCommitment();
    await addEntry(commitment, new Date().toISOString(), 95);
    const { rows } = await sql.query<{ first: Date }>(
      'select min(created_at) as first from commitment_update where commitment_id = $1',
      [commitment.id],
    );
    await addEntry(
      commitment,
      new Date(rows[0].first.getTime() - 40 * 86_400_000).toISOString(),
      3,
    );
    await sql.query(
      `insert into commitment_update (id, created_at, updated_at, tenant_id, commitment_id,
                                      progress, status, evidence)
       select gen_random_uuid(), now() - interval '3 days', now(), c.tenant_id, c.id, 50,
              'in_progress', '{}'
         from commitment c where c.parent_id is null order by c.id limit 30`,
    );
    await expectKeptToMatchRows();
  });

  it('stay exact when a recommendation changes theme or a commitment moves or leaves', async () => {
    const moved = await oneCommitment(1);
    await sql.query(
      `update recommendation set theme = case when theme = 'participation'
         then 'information_access' else 'participation' end
        where id = $1`,
      [moved.recommendation_id],
    );
    const other = await sql.query<{ id: string }>(
      `select id from recommendation where tenant_id = $1 and id <> $2 limit 1`,
      [moved.tenant_id, moved.recommendation_id],
    );
    await sql.query('update commitment set recommendation_id = $2 where id = $1', [
      moved.id,
      other.rows[0].id,
    ]);
    await sql.query(
      `update recommendation set status = 'submitted', answer = 'declined'
        where id = (select id from recommendation where answer is distinct from 'declined'
                     order by id limit 1)`,
    );
    await sql.query(
      `update commitment set status = 'done', progress = 100, last_update_at = now()
        where id = $1`,
      [moved.id],
    );
    await sql.query(
      `update commitment set last_update_at = last_update_at - interval '90 days'
        where id = (select id from commitment where parent_id is null order by id desc limit 1)`,
    );
    const child = await oneCommitment(2);
    await sql.query(`update commitment set parent_id = $2 where id = $1`, [child.id, moved.id]);
    await expectKeptToMatchRows();
  });

  it('stay exact when two writers change one city at once, in either order', async () => {
    const { rows } = await sql.query<{ id: string; theme: string }>(
      `select c.id, r.theme from commitment c join recommendation r on r.id = c.recommendation_id
        where c.parent_id is null
          and c.tenant_id = (select tenant_id from commitment order by id limit 1)
        order by r.theme, c.id`,
    );
    const raised = rows[0];
    const lowered = rows.find((row) => row.theme !== raised.theme)!;
    const writers = [adminUrl, adminUrl].map((url) => new Client({ connectionString: url }));
    await Promise.all(writers.map((writer) => writer.connect()));
    try {
      for (const [raiser, lowerer] of [writers, [...writers].reverse()]) {
        // The lowered commitment is its city's latest update until the lowering takes it away;
        // then the raised one is, though raised to less than that.
        await sql.query(
          `update commitment set last_update_at = now() + interval '2 hours'
                          where id = $1`,
          [lowered.id],
        );
        await Promise.all(writers.map((writer) => writer.query('begin')));
        await raiser.query(
          `update commitment set last_update_at = now() + interval '1 hour', status = 'done',
                                 progress = 100 where id = $1`,
          [raised.id],
        );
        // Waits for the city's row, which the first writer holds until it commits.
        const lowering = lowerer.query(
          `update commitment set last_update_at = now() - interval '200 days',
                                 status = 'delayed' where id = $1`,
          [lowered.id],
        );
        await new Promise((resolve) => setTimeout(resolve, 100));
        await raiser.query('commit');
        await lowering;
        await lowerer.query('commit');
        await expectKeptToMatchRows();
      }
    } finally {
      await Promise.all(writers.map((writer) => writer.end()));
    }
  });

  it('stay exact when the owner edits entries: their dates, progress or commitment', async () => {
    const edited = await oneCommitment(5);
    await sql.query(
      `update commitment_update set created_at = created_at - interval '75 days'
        where commitment_id = $1 and created_at = (select min(created_at) from commitment_update
                                                    where commitment_id = $1)`,
      [edited.id],
    );
    await sql.query(
      `update commitment_update set progress = least(progress + 7, 100) where commitment_id = $1`,
      [edited.id],
    );
    const target = await oneCommitment(6);
    await sql.query(
      `update commitment_update set commitment_id = $2, tenant_id = $3
        where id = (select id from commitment_update where commitment_id = $1
                     order by created_at desc limit 1)`,
      [edited.id, target.id, target.tenant_id],
    );
    await expectKeptToMatchRows();
  });

  it('stay exact when entries or commitments are removed', async () => {
    const trimmed = await oneCommitment(3);
    await sql.query(
      `delete from commitment_update where id = (select id from commitment_update
         where commitment_id = $1 order by created_at limit 1)`,
      [trimmed.id],
    );
    const removed = await oneCommitment(4);
    await sql.query('delete from commitment where parent_id = $1', [removed.id]);
    await sql.query('delete from commitment where id = $1', [removed.id]);
    await expectKeptToMatchRows();
  });
});
