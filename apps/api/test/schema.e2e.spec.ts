import { MikroORM } from '@mikro-orm/postgresql';
import { startApi, type ApiHarness } from './harness';

/** The entities the API runs with and the committed migrations describe the same schema. */
describe('database schema', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('needs no change beyond the migrations', async () => {
    // As the owner: PostgreSQL shows check constraints only to the role that owns the table.
    const runtime = api.app.get(MikroORM);
    const owner = await MikroORM.init({
      ...runtime.config.getAll(),
      clientUrl: process.env.DATABASE_OWNER_URL,
    });
    try {
      const diff = await owner.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
      expect(diff.trim()).toBe('');
    } finally {
      await owner.close(true);
    }
  });
});
