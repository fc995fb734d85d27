import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '@inclusion/config';
import { createApi } from '../../../apps/api/src/bootstrap';
import { checkReads } from './check-reads';
import type { Manifest } from './generate';

const withDatabase = (url: string, database: string): string => {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
};

/**
 * Checks a generated dataset through the application's own GraphQL reads:
 *   node dist/tools/bench/dataset/check-main.js --manifest <path> [--url <api>] [--cities 2]
 * Without --url, starts the API in this process against the manifest's database (the roles of
 * DATABASE_URL and DATABASE_OWNER_URL).
 */
async function main(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      manifest: { type: 'string' },
      url: { type: 'string' },
      cities: { type: 'string', default: '2' },
    },
  });
  if (!values.manifest) throw new Error('--manifest <path> is required');
  const manifest = JSON.parse(readFileSync(values.manifest, 'utf8')) as Manifest;
  let url = values.url;
  let close = async () => undefined as void;
  if (!url) {
    const config = loadConfig();
    Object.assign(process.env, {
      DATABASE_URL: withDatabase(config.DATABASE_URL, manifest.database),
      DATABASE_OWNER_URL: withDatabase(config.DATABASE_OWNER_URL, manifest.database),
      MIGRATE_ON_START: 'false',
      NODE_ENV: 'test',
      QUEUE_PREFIX: `check_${manifest.database}`,
    });
    const app = await createApi(loadConfig());
    await app.listen(0, '127.0.0.1');
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    close = () => app.close();
  }
  try {
    const started = performance.now();
    const lines = await checkReads(url, manifest, Number(values.cities));
    console.log(lines.join('\n'));
    console.log(`All reads agree (${Math.round(performance.now() - started)} ms).`);
  } finally {
    await close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
