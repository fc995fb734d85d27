import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '@inclusion/config';
import { DEFAULT_PASSWORD, generateDataset } from './generate';

export const USAGE = `Usage:
  npm run bench:dataset -- [--tenants 10] [--seed 42] [--database inclusion_bench_<tenants>]
                           [--today YYYY-MM-DD] [--password <password>] [--manifest <path>]
                           [--batch 100] [--force]

Drops and recreates the database (owned by the owner role of DATABASE_OWNER_URL), applies the
migrations, writes the cities as the administrator (DATABASE_ADMIN_URL, default
postgres://postgres@127.0.0.1:5432/postgres), analyzes, checkpoints, and writes the manifest
(default tools/bench/results/dataset-<database>.json). A database whose name lacks "bench" is
dropped only with --force.`;

class UsageError extends Error {}

function parse(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      tenants: { type: 'string', default: '10' },
      seed: { type: 'string', default: '42' },
      database: { type: 'string' },
      today: { type: 'string' },
      password: { type: 'string', default: DEFAULT_PASSWORD },
      manifest: { type: 'string' },
      batch: { type: 'string', default: '100' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) throw new UsageError('');
  const integer = (name: string, value: string, min: number) => {
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < min) {
      throw new UsageError(`--${name} must be an integer of at least ${min}`);
    }
    return parsed;
  };
  const tenants = integer('tenants', values.tenants, 1);
  const database = values.database ?? `inclusion_bench_${tenants}`;
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(database)) {
    throw new UsageError('--database must be a lower-case identifier');
  }
  if (!database.includes('bench') && !values.force) {
    throw new UsageError(`${database} would be dropped: name it *bench* or pass --force`);
  }
  if (values.today && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
    throw new UsageError('--today must be a date, YYYY-MM-DD');
  }
  if (values.password.length < 10) throw new UsageError('--password needs 10 characters');
  return {
    tenants,
    seed: integer('seed', values.seed, 0),
    database,
    today: values.today,
    password: values.password,
    batchSize: integer('batch', values.batch, 2),
    manifest: path.resolve(
      values.manifest ?? path.join('tools', 'bench', 'results', `dataset-${database}.json`),
    ),
  };
}

async function main(args: string[]): Promise<void> {
  const options = parse(args);
  const config = loadConfig();
  const manifest = await generateDataset(
    {
      adminUrl: process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
      ownerUrl: config.DATABASE_OWNER_URL,
      runtimeUrl: config.DATABASE_URL,
    },
    options.database,
    { ...options, log: (line) => console.log(line) },
  );
  mkdirSync(path.dirname(options.manifest), { recursive: true });
  writeFileSync(options.manifest, `${JSON.stringify(manifest, null, 2)}\n`);
  const rows = Object.values(manifest.counts).reduce((sum, n) => sum + n, 0);
  console.log(
    [
      `Database ${manifest.database}: ${manifest.tenants} cities, ${rows} rows, seed ${manifest.seed}, dated from ${manifest.today}.`,
      `Generated in ${manifest.generationSeconds} s (${Object.entries(manifest.timings)
        .map(([step, s]) => `${step} ${s} s`)
        .join(', ')}).`,
      `Every account's password: ${manifest.password}; operator ${manifest.operator.email}; first coordinator ${manifest.cities[0].coordinatorEmail} (X-Tenant: ${manifest.cities[0].slug}).`,
      `Manifest: ${options.manifest}`,
    ].join('\n'),
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) console.error(`${error.message}\n\n${USAGE}`.trim());
  else if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
