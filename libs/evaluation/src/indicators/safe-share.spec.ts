import { Client } from 'pg';

/** The database's rule for showing a share beyond the edition's team (app_safe_share). */
describe('which shares may be shown beyond the team', () => {
  const runtime = new Client({ connectionString: process.env.DATABASE_URL });
  beforeAll(() => runtime.connect());
  afterAll(() => runtime.end());

  const safe = async (people: number, part: number) =>
    (
      await runtime.query<{ safe: boolean }>('select app_safe_share($1, $2) as safe', [
        people,
        part,
      ])
    ).rows[0].safe;

  it('shows a share when both who agree and who do not are five or more, or none', async () => {
    expect(await safe(31, 26)).toBe(true);
    expect(await safe(10, 5)).toBe(true);
    expect(await safe(12, 0)).toBe(true);
    expect(await safe(12, 12)).toBe(true);
  });

  it('hides a share that would tell of one to four people, either way', async () => {
    expect(await safe(17, 15)).toBe(false);
    expect(await safe(17, 3)).toBe(false);
    expect(await safe(4, 0)).toBe(false);
    expect(await safe(5, 1)).toBe(false);
  });
});
