import { MembershipRole, type User } from '@inclusion/identity';
import { Cohort } from '@inclusion/participants';
import type { Tenant } from '@inclusion/tenancy';
import { startApi, type ApiHarness } from './harness';

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('a bus ticket, Clermont-Ferrand to Aubière'),
]);

/** Travel costs: participants claim them with a receipt, the team decides and pays. */
describe('travel expense claims', () => {
  let api: ApiHarness;
  let tenant: Tenant;
  let editionId: string;
  const people: Record<string, User> = {};
  const tokens: Record<string, string> = {};

  const as = <T>(who: string, query: string, variables: Record<string, unknown> = {}) =>
    api.client.ok<T>(query, variables, { token: tokens[who], tenant: tenant.slug });
  const codes = async (who: string, query: string, variables: Record<string, unknown>) =>
    (
      (await api.client.request(query, variables, { token: tokens[who], tenant: tenant.slug }))
        .errors ?? []
    ).map((error) => error.extensions?.reason ?? error.extensions?.code);

  const SUBMIT = `mutation($input: SubmitExpenseClaimInput!) { submitExpenseClaim(input: $input) {
    id status amountCents currency receipt { filename contentType sizeBytes } } }`;
  const DECIDE = `mutation($input: DecideExpenseClaimInput!) { decideExpenseClaim(input: $input) {
    status decisionNote paidOn } }`;
  const claim = (overrides: Record<string, unknown> = {}) => ({
    editionId,
    amountCents: 1240,
    incurredOn: '2024-03-04',
    description: 'Bus to the training session',
    receipt: { filename: 'ticket.png', contentType: 'image/png', base64: PNG.toString('base64') },
    ...overrides,
  });

  beforeAll(async () => {
    api = await startApi();
    const f = api.factories;
    tenant = await f.newTenant();
    const cast = await f.cast(tenant, {
      coordinator: MembershipRole.Coordinator,
      facilitator: MembershipRole.Facilitator,
      observer: MembershipRole.Observer,
      zoe: MembershipRole.Newcomer,
      samir: MembershipRole.Newcomer,
      notSelected: MembershipRole.Newcomer,
    });
    Object.assign(people, cast.people);
    Object.assign(tokens, cast.tokens);
    const templateVersionId = await f.builtInTemplate(tokens.coordinator);
    const edition = await as<{ createEdition: { id: string } }>(
      'coordinator',
      `mutation($input: CreateEditionInput!) { createEdition(input: $input) { id } }`,
      { input: { name: 'Pilot', templateVersionId, startDate: '2024-02-05' } },
    );
    editionId = edition.createEdition.id;
    const call = await f.newCall(tenant, editionId, Cohort.Newcomers);
    await f.newApplications(
      call,
      await Promise.all(
        ['zoe', 'samir'].map(async (who) => ({
          personId: people[who].id,
          membershipId: await f.membershipId(tenant, people[who]),
        })),
      ),
    );
  });

  afterAll(() => api.close());

  let claimId: string;

  it('takes a claim with its receipt from a participant', async () => {
    const submitted = await as<{ submitExpenseClaim: { id: string } }>('zoe', SUBMIT, {
      input: claim(),
    });
    expect(submitted.submitExpenseClaim).toMatchObject({
      status: 'SUBMITTED',
      amountCents: 1240,
      currency: 'EUR',
      receipt: { filename: 'ticket.png', contentType: 'image/png', sizeBytes: PNG.length },
    });
    claimId = submitted.submitExpenseClaim.id;
    const mine = await as<{ myExpenseClaims: { receipt: { base64: string } }[] }>(
      'zoe',
      `{ myExpenseClaims { receipt { base64 } } }`,
    );
    expect(Buffer.from(mine.myExpenseClaims[0].receipt.base64, 'base64')).toEqual(PNG);
  });

  it('refuses a bad claim with a stable code and keeps nothing of it', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      [
        'zoe',
        { receipt: { filename: 'x.gif', contentType: 'image/gif', base64: 'R0lGOD==' } },
        'RECEIPT_TYPE_REFUSED',
      ],
      [
        'zoe',
        {
          receipt: {
            filename: 'x.pdf',
            contentType: 'application/pdf',
            base64: PNG.toString('base64'),
          },
        },
        'RECEIPT_CONTENT_MISMATCH',
      ],
      [
        'zoe',
        {
          receipt: {
            filename: 'scan.png',
            contentType: 'image/png',
            base64: Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]).toString('base64'),
          },
        },
        'RECEIPT_TOO_LARGE',
      ],
      ['zoe', { incurredOn: '2099-01-01' }, 'DATE_IN_FUTURE'],
      ['zoe', { amountCents: 0 }, 'INVALID_INPUT'],
      ['notSelected', {}, 'NOT_A_PARTICIPANT'],
      ['observer', {}, 'FORBIDDEN'],
    ];
    for (const [who, overrides, code] of cases) {
      expect(await codes(who, SUBMIT, { input: claim(overrides) })).toEqual([code]);
    }
    const mine = await as<{ myExpenseClaims: unknown[] }>('zoe', `{ myExpenseClaims { id } }`);
    expect(mine.myExpenseClaims).toHaveLength(1);
  });

  it('shows a claim to the team and the claimant only', async () => {
    const LIST = `query($e: ID!) { expenseClaims(editionId: $e) { id } }`;
    expect(
      (await as<{ expenseClaims: { id: string }[] }>('coordinator', LIST, { e: editionId }))
        .expenseClaims,
    ).toEqual([{ id: claimId }]);
    const named = await as<{ expenseClaims: { claimantName: string }[] }>(
      'coordinator',
      `query($e: ID!) { expenseClaims(editionId: $e) { claimantName } }`,
      { e: editionId },
    );
    expect(named.expenseClaims[0].claimantName).toMatch(/^Given-\w+ Family-\w+$/);
    // A facilitator who is not on the edition's team sees no claim.
    expect(
      (await as<{ expenseClaims: unknown[] }>('facilitator', LIST, { e: editionId })).expenseClaims,
    ).toEqual([]);
    expect(await codes('samir', LIST, { e: editionId })).toEqual(['FORBIDDEN']);
    expect(
      (await as<{ myExpenseClaims: unknown[] }>('samir', `{ myExpenseClaims { id } }`))
        .myExpenseClaims,
    ).toEqual([]);
  });

  it('is approved, then paid; a rejection needs its reason', async () => {
    expect(
      await codes('coordinator', DECIDE, { input: { id: claimId, decision: 'REJECT' } }),
    ).toEqual(['REASON_REQUIRED']);
    expect(
      await codes('coordinator', DECIDE, { input: { id: claimId, decision: 'MARK_PAID' } }),
    ).toEqual(['EXPENSE_TRANSITION_NOT_ALLOWED']);
    await as('coordinator', DECIDE, { input: { id: claimId, decision: 'APPROVE' } });
    const paid = await as<{ decideExpenseClaim: { status: string; paidOn: string } }>(
      'coordinator',
      DECIDE,
      { input: { id: claimId, decision: 'MARK_PAID' } },
    );
    expect(paid.decideExpenseClaim.status).toBe('PAID');
    expect(paid.decideExpenseClaim.paidOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(
      await codes('coordinator', DECIDE, {
        input: { id: claimId, decision: 'REJECT', note: 'Too late' },
      }),
    ).toEqual(['EXPENSE_TRANSITION_NOT_ALLOWED']);
    expect(await codes('zoe', DECIDE, { input: { id: claimId, decision: 'APPROVE' } })).toEqual([
      'FORBIDDEN',
    ]);
  });

  it('lets only one of two decisions taken at the same moment through', async () => {
    const submitted = await as<{ submitExpenseClaim: { id: string } }>('zoe', SUBMIT, {
      input: claim({ description: 'Tram to the Policy Lab' }),
    });
    const id = submitted.submitExpenseClaim.id;
    const outcomes = await Promise.all([
      codes('coordinator', DECIDE, { input: { id, decision: 'APPROVE' } }),
      codes('coordinator', DECIDE, { input: { id, decision: 'REJECT', note: 'No ticket' } }),
    ]);
    expect(outcomes.flat().sort()).toEqual(['EXPENSE_TRANSITION_NOT_ALLOWED']);
  });
});
