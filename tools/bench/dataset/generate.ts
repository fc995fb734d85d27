import { Client } from 'pg';
import { dropDatabase, runMigrations, setUpDatabase } from '@inclusion/database';
import { PasswordHasher } from '@inclusion/identity';
import {
  BUILTIN_TEMPLATES,
  syncBuiltinTemplates,
  type TemplateDefinition,
} from '@inclusion/methodology';
import { Batch } from './batch';
import { Calendar } from './calendar';
import { generateCity, hasPair, type CityInfo, type DatasetContext } from './city';
import { generateNetwork, generatePair, OPERATOR_EMAIL, type PairInfo } from './mentoring';
import { IdFactory, Random } from './random';
import { FILLED_TABLES, type TableName } from './schema';

export const DEFAULT_PASSWORD = 'bench-password-2026';
/** The methodology the cities' editions run: the phases the generator plans for are this one's. */
export const TEMPLATE = { key: 'resilient-cities', version: 1 } as const;

export interface DatasetOptions {
  tenants: number;
  seed: number;
  /** YYYY-MM-DD; defaults to today (UTC). Every date of the dataset is relative to it. */
  today?: string;
  password?: string;
  /** Cities per transaction (even, so that a mentoring pair is written in one). */
  batchSize?: number;
  log?: (line: string) => void;
}

export interface ManifestCity {
  id: string;
  slug: string;
  coordinatorEmail: string;
  editionId: string;
  /** The first five, by external id (C001…). */
  commitmentIds: string[];
  partnershipId: string | null;
  planVersionIds: string[];
  reviewerEmail: string | null;
  authorEmail: string | null;
  /** Its side in its pair, if it has one. */
  pairSide: 'mentor' | 'learner' | null;
}

/** What the benchmark runner reads (tools/bench/results/dataset-<database>.json). */
export interface Manifest {
  database: string;
  seed: number;
  tenants: number;
  password: string;
  operator: { email: string };
  cities: ManifestCity[];
  /** The day the dataset's dates are relative to. */
  today: string;
  /** Rows per table, counted in the database once written. */
  counts: Record<string, number>;
  /** Seconds: the whole run, and its steps. */
  generationSeconds: number;
  timings: Record<string, number>;
  generatedAt: string;
}

const withDatabase = (url: string, database: string): string => {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
};

export interface DatabaseUrls {
  /** A superuser's URL (any database of the cluster). */
  adminUrl: string;
  ownerUrl: string;
  runtimeUrl: string;
}

/** The URLs of `database` on the roles of `urls`. */
export function urlsFor(urls: DatabaseUrls, database: string): DatabaseUrls {
  return {
    adminUrl: withDatabase(urls.adminUrl, database),
    ownerUrl: withDatabase(urls.ownerUrl, database),
    runtimeUrl: withDatabase(urls.runtimeUrl, database),
  };
}

/**
 * Drops the database if it exists, then creates it as `db:setup` does (owned by the owner role,
 * the roles brought up to date) and applies the project's migrations as the owner.
 */
export async function recreateDatabase(urls: DatabaseUrls, database: string): Promise<void> {
  await dropDatabase(urls.adminUrl, database);
  const target = urlsFor(urls, database);
  await setUpDatabase({
    adminUrl: urls.adminUrl,
    ownerUrl: target.ownerUrl,
    runtimeUrl: target.runtimeUrl,
  });
  await runMigrations(target.ownerUrl);
}

/**
 * The built-in template versions, as `syncBuiltinTemplates` writes them after the migrations,
 * but with ids and dates from the seed, so that editions point at the same id at every run. A
 * database that already has them keeps its own. Then the sync itself checks they agree.
 */
async function templateVersion(
  client: Client,
  seed: number,
  calendar: Calendar,
): Promise<{ id: string; definition: TemplateDefinition }> {
  const ids = new IdFactory(new Random(seed, 4), 0);
  for (const definition of BUILTIN_TEMPLATES) {
    await client.query(
      `insert into methodology_template_version (id, key, version, definition, built_in, published_at)
       values ($1, $2, $3, $4, true, $5) on conflict (key, version) do nothing`,
      [
        ids.next(),
        definition.key,
        definition.version,
        JSON.stringify(definition),
        calendar.at(-1000, 8),
      ],
    );
  }
  await syncBuiltinTemplates((text, params) => client.query(text, params));
  const { rows } = await client.query<{ id: string; definition: TemplateDefinition }>(
    `select id, definition from methodology_template_version where key = $1 and version = $2`,
    [TEMPLATE.key, TEMPLATE.version],
  );
  if (!rows[0]) throw new Error(`No ${TEMPLATE.key} v${TEMPLATE.version} template`);
  return rows[0];
}

const seconds = (since: number) => Math.round((performance.now() - since) / 10) / 100;

async function transaction(client: Client, work: () => Promise<void>): Promise<void> {
  await client.query('begin');
  try {
    await work();
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}

/** What the manifest says of a city; a pair's people and plan for both of its cities. */
function manifestEntry(
  city: CityInfo,
  pair: { mentor: CityInfo; learner: CityInfo; info: PairInfo } | null,
): ManifestCity {
  return {
    id: city.id,
    slug: city.slug,
    coordinatorEmail: city.coordinator.email,
    editionId: city.editionId,
    commitmentIds: city.commitmentIds,
    partnershipId: pair?.info.partnershipId ?? null,
    planVersionIds: pair?.info.planVersionIds ?? [],
    reviewerEmail: pair?.mentor.pairPerson?.email ?? null,
    authorEmail: pair?.learner.pairPerson?.email ?? null,
    pairSide: pair ? (pair.mentor === city ? 'mentor' : 'learner') : null,
  };
}

export interface FillResult {
  cities: ManifestCity[];
  counts: Record<string, number>;
  timings: Record<string, number>;
  today: string;
}

const KEPT_FIGURES_TRIGGERS = (action: 'enable' | 'disable') =>
  ['recommendation', 'commitment', 'commitment_update']
    .map((table) => `alter table ${table} ${action} trigger user;`)
    .join('\n');

/**
 * Fills a migrated, empty database. Connects as the administrator (a superuser: row-level
 * security, forced on the tenant tables, does not apply to it) and writes with bulk statements,
 * one transaction per batch of cities; then analyzes and flushes what it wrote (a checkpoint).
 */
export async function fillDatabase(adminUrl: string, options: DatasetOptions): Promise<FillResult> {
  const log = options.log ?? (() => undefined);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const calendar = new Calendar(today);
  const batchSize = Math.max(2, Math.floor((options.batchSize ?? 100) / 2) * 2);
  const timings: Record<string, number> = {};
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    // Nothing here needs to survive a crash: a failed run is started again from scratch.
    await client.query(`set synchronous_commit = off`);
    const { rows: existing } = await client.query<{ n: number }>(
      'select count(*)::int as n from tenant',
    );
    if (existing[0].n) throw new Error('The database already has tenants: fill an empty one');
    // The follow-up's tallies and buckets are built once at the end rather than row by row.
    await client.query(KEPT_FIGURES_TRIGGERS('disable'));

    let started = performance.now();
    const template = await templateVersion(client, options.seed, calendar);
    // Hashed once with the application's own hasher: every account shares it.
    const passwordHash = await new PasswordHasher().hash(options.password ?? DEFAULT_PASSWORD);
    const ctx: DatasetContext = {
      seed: options.seed,
      tenants: options.tenants,
      today,
      passwordHash,
      template,
    };
    timings.prepare = seconds(started);

    started = performance.now();
    let generating = 0;
    const networkBatch = new Batch();
    const network = generateNetwork(ctx, networkBatch);
    await transaction(client, () => networkBatch.write(client));
    const cities: ManifestCity[] = [];
    // While a batch is written, the next one is generated: the generator yields between cities,
    // so that the driver sends the next statement as soon as PostgreSQL is done with one.
    let writing: Promise<void> = Promise.resolve();
    for (let from = 0; from < options.tenants; from += batchSize) {
      const to = Math.min(from + batchSize, options.tenants);
      const batch = new Batch();
      const infos: CityInfo[] = [];
      for (let index = from; index < to; index += 1) {
        const generated = performance.now();
        infos.push(generateCity(ctx, index, batch));
        const learner = infos.at(-1)!;
        if (learner.index % 2 === 1) {
          const mentor = infos[learner.index - 1 - from];
          const pair = {
            mentor,
            learner,
            info: generatePair(ctx, network, mentor, learner, batch),
          };
          cities.push(manifestEntry(mentor, pair), manifestEntry(learner, pair));
        } else if (!hasPair(learner.index, options.tenants)) {
          cities.push(manifestEntry(learner, null));
        }
        generating += performance.now() - generated;
        await new Promise((resolve) => setImmediate(resolve));
      }
      await writing;
      writing = transaction(client, () => batch.write(client)).then(() =>
        log(`  ${to} / ${options.tenants} cities written (${seconds(started)} s)`),
      );
      // Awaited before the next batch; handled now, so a failure waits for it rather than crashing.
      writing.catch(() => undefined);
    }
    await writing;
    timings.generate = Math.round(generating / 10) / 100;
    timings.generateAndWrite = seconds(started);

    started = performance.now();
    await client.query(KEPT_FIGURES_TRIGGERS('enable'));
    await client.query('select app_follow_up_tally_rebuild(), app_follow_up_buckets_rebuild()');
    timings.keptFigures = seconds(started);

    started = performance.now();
    await client.query('vacuum (analyze)');
    // The writes flushed now rather than by checkpoints the WAL they left would request during
    // the benchmark that follows: those stalled the first operations it measured.
    await client.query('checkpoint');
    timings.analyze = seconds(started);

    const counts: Record<string, number> = {};
    for (const table of [...FILLED_TABLES, 'methodology_template_version' as TableName]) {
      const { rows } = await client.query<{ n: number }>(
        `select count(*)::int as n from "${table}"`,
      );
      counts[table] = rows[0].n;
    }
    return { cities, counts, timings, today };
  } finally {
    await client.end();
  }
}

/** Creates, migrates and fills `database`; returns the manifest (not yet written anywhere). */
export async function generateDataset(
  urls: DatabaseUrls,
  database: string,
  options: DatasetOptions,
): Promise<Manifest> {
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  log(`Creating ${database} and applying the migrations…`);
  await recreateDatabase(urls, database);
  const migrated = seconds(started);
  log(`Writing ${options.tenants} cities (seed ${options.seed})…`);
  const result = await fillDatabase(urlsFor(urls, database).adminUrl, options);
  return {
    database,
    seed: options.seed,
    tenants: options.tenants,
    password: options.password ?? DEFAULT_PASSWORD,
    operator: { email: OPERATOR_EMAIL },
    cities: result.cities,
    today: result.today,
    counts: result.counts,
    generationSeconds: seconds(started),
    timings: { createAndMigrate: migrated, ...result.timings },
    generatedAt: new Date().toISOString(),
  };
}
