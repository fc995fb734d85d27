import type { INestApplication } from '@nestjs/common';
import { loadConfig } from '@inclusion/config';
import { GraphqlClient } from '@inclusion/testing';
import { Factories } from './factories';
import { createApi } from '../src/bootstrap';

export interface ApiHarness {
  app: INestApplication;
  url: string;
  client: GraphqlClient;
  factories: Factories;
  close(): Promise<void>;
}

/** The whole API over real HTTP on a free port, as `npm start` runs it, with test settings. */
export async function startApi(env: Record<string, string> = {}): Promise<ApiHarness> {
  // The application's ConfigModule reads process.env, exactly as in production.
  Object.assign(process.env, { MIGRATE_ON_START: 'false', ...env });
  const app = await createApi(loadConfig());
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const client = new GraphqlClient(url);
  return { app, url, client, factories: new Factories(app, client), close: () => app.close() };
}
