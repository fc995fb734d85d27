import { Client } from 'pg';
import { holdBegin } from './held-begin';

/** Against PostgreSQL itself: what runs, in which transaction, in how many round trips. */
describe('a BEGIN held back to travel with the next statement', () => {
  const connection = new Client({ connectionString: process.env.DATABASE_URL });
  let roundTrips: jest.SpyInstance;

  beforeAll(() => connection.connect());
  afterAll(() => connection.end());
  beforeEach(() => {
    roundTrips = jest.spyOn(Client.prototype, 'query');
  });
  afterEach(async () => {
    roundTrips.mockRestore();
    expect((await connection.query('select 1 as still_usable')).rows).toEqual([
      { still_usable: 1 },
    ]);
  });

  // As knex sends its statements: a configuration and a callback.
  const send = (text: string) =>
    new Promise<unknown>((resolve, reject) =>
      connection.query({ text, values: [] }, (error: Error | null, result: unknown) =>
        error ? reject(error) : resolve(result),
      ),
    );
  // A transaction-local setting outlives its statement only inside a transaction.
  const inTransaction = async () => {
    await connection.query(`select set_config('app.marker', 'kept', true)`);
    return (
      (await connection.query(`select current_setting('app.marker') as marker`)).rows[0].marker ===
      'kept'
    );
  };

  it('runs the statement in the transaction BEGIN opens, in one round trip', async () => {
    const held = holdBegin(connection);
    await send('BEGIN TRANSACTION READ ONLY;');
    const result = (await send(`select set_config('app.probe', 'set', true) as probe`)) as {
      rows: unknown[];
    };
    expect(result.rows).toEqual([{ probe: 'set' }]);
    expect(roundTrips).toHaveBeenCalledTimes(1);
    expect(roundTrips.mock.calls[0][0]).toMatchObject({
      text: expect.stringMatching(/^BEGIN TRANSACTION READ ONLY;\nselect set_config/),
    });
    // The transaction is open, read-only, and keeps its local setting.
    const state = await send(
      `select current_setting('app.probe', true) as probe, current_setting('transaction_read_only') as ro`,
    );
    expect((state as { rows: unknown[] }).rows).toEqual([{ probe: 'set', ro: 'on' }]);
    await expect(send(`create temporary table refused (id int)`)).rejects.toMatchObject({
      code: '25006',
    });
    await send('ROLLBACK');
    held.release();
    expect(await inTransaction()).toBe(false);
  });

  it('gives each statement of a several-statement query its own result, as without it', async () => {
    const held = holdBegin(connection);
    await send('BEGIN;');
    const results = (await send(`select 1 as one;\nselect 2 as two`)) as { rows: unknown[] }[];
    expect(results.map((result) => result.rows)).toEqual([[{ one: 1 }], [{ two: 2 }]]);
    await send('COMMIT;');
    held.release();
  });

  it('sends nothing when nothing follows BEGIN but its end', async () => {
    const held = holdBegin(connection);
    await send('BEGIN;');
    await send('COMMIT;');
    await send('BEGIN;');
    await send('ROLLBACK');
    expect(roundTrips).not.toHaveBeenCalled();
    held.release();
  });

  it('leaves a failed statement’s transaction to its rollback, and then none open', async () => {
    const held = holdBegin(connection);
    await send('BEGIN;');
    await expect(send(`select 1 / 0`)).rejects.toMatchObject({ code: '22012' });
    // BEGIN ran: the transaction is open, and refuses anything until it is rolled back.
    await expect(send(`select 1`)).rejects.toMatchObject({ code: '25P02' });
    await send('ROLLBACK');
    held.release();
    expect(await inTransaction()).toBe(false);
  });

  it('sends BEGIN on its own before a statement with parameters', async () => {
    const held = holdBegin(connection);
    await send('BEGIN;');
    const result = await connection.query(`select set_config('app.probe', $1, true) as probe`, [
      'bound',
    ]);
    expect(result.rows).toEqual([{ probe: 'bound' }]);
    expect(roundTrips).toHaveBeenCalledTimes(2);
    expect(await inTransaction()).toBe(true);
    await send('ROLLBACK');
    held.release();
  });

  it('once released, leaves the connection as it was', async () => {
    const held = holdBegin(connection);
    held.release();
    expect(Object.prototype.hasOwnProperty.call(connection, 'query')).toBe(false);
    await send('BEGIN;');
    expect(roundTrips).toHaveBeenCalledTimes(1);
    expect(await inTransaction()).toBe(true);
    await send('ROLLBACK');
  });
});
