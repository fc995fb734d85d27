import { Client } from 'pg';
import type { User } from '@inclusion/identity';
import { startApi, type ApiHarness } from './harness';

const ONBOARD = `mutation($input: OnboardTenantInput!) {
  onboardTenant(input: $input) { tenant { id slug status defaultLocale } invitedEmail }
}`;

const tenantInput = (slug: string, name = `Ville ${slug}`) => ({
  name,
  slug,
  country: 'fr',
  kind: 'MUNICIPALITY',
  defaultLocale: 'fr',
  timeZone: 'Europe/Paris',
});

/** Counts rows as the owner, outside the API, to see what a failed operation left behind. */
async function countRows(sql: string, params: unknown[], tenantId = ''): Promise<number> {
  const owner = new Client({ connectionString: process.env.DATABASE_OWNER_URL });
  await owner.connect();
  try {
    await owner.query('begin');
    await owner.query(
      `select set_config('app.system', 'on', true), set_config('app.network_operator', 'on', true),
              set_config('app.tenant_id', $1, true)`,
      [tenantId],
    );
    const { rows } = await owner.query<{ count: number }>(sql, params);
    await owner.query('commit');
    return Number(rows[0].count);
  } finally {
    await owner.end();
  }
}

describe('tenant administration by the network operator', () => {
  let api: ApiHarness;
  let operator: User;
  let operatorToken: string;
  const run = Date.now().toString(36);
  const asOperator = <T = Record<string, unknown>>(query: string, variables = {}) =>
    api.client.request<T>(query, variables, { token: operatorToken });

  beforeAll(async () => {
    api = await startApi();
    operator = await api.factories.newUser({ networkOperator: true });
    operatorToken = await api.factories.signIn(operator);
  });
  afterAll(() => api.close());

  it('onboards a city and queues its coordinator invitation in the same transaction', async () => {
    const slug = `besancon-${run}`;
    const result = await asOperator<{ onboardTenant: { tenant: { id: string } } }>(ONBOARD, {
      input: {
        tenant: tenantInput(slug, 'Ville de Besançon'),
        coordinator: { email: `coordination@${slug}.example`, displayName: 'Coordination' },
      },
    });
    expect(result.data?.onboardTenant).toMatchObject({
      tenant: { slug, status: 'ONBOARDING', defaultLocale: 'fr' },
      invitedEmail: `coordination@${slug}.example`,
    });
    const tenantId = result.data!.onboardTenant.tenant.id;
    expect(
      await countRows(`select count(*) from outbox_message where tenant_id = $1`, [tenantId]),
    ).toBe(1);
    expect(
      await countRows(
        `select count(*) from audit_entry where tenant_id = $1 and operation = 'onboardTenant'`,
        [tenantId],
      ),
    ).toBe(1);
  });

  it('refuses a taken slug and leaves nothing half-written', async () => {
    const slug = `rennes-${run}`;
    const email = (n: number) => `coordination-${n}@${slug}.example`;
    await asOperator(ONBOARD, {
      input: { tenant: tenantInput(slug), coordinator: { email: email(1), displayName: 'One' } },
    });
    const again = await asOperator(ONBOARD, {
      input: { tenant: tenantInput(slug), coordinator: { email: email(2), displayName: 'Two' } },
    });
    expect(again.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'TENANT_SLUG_TAKEN',
    });
    expect(await countRows(`select count(*) from app_user where email = $1`, [email(2)])).toBe(0);
  });

  it('rejects bad input naming each broken rule', async () => {
    const result = await asOperator(ONBOARD, {
      input: {
        tenant: { ...tenantInput('Not A Slug'), country: 'France', timeZone: 'Mars/Olympus' },
        coordinator: { email: 'nope', displayName: 'X' },
      },
    });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const violations = (result.errors?.[0].extensions?.details as { violations: string[] })
      .violations;
    expect(violations.join(' ')).toMatch(/slug/);
    expect(violations.join(' ')).toMatch(/country/);
    expect(violations.join(' ')).toMatch(/timeZone/);
    expect(violations.join(' ')).toMatch(/email/);
  });

  it('lists and searches tenants by name with cursor pagination', async () => {
    for (const name of ['Brest', 'Brive', 'Bruges']) {
      await api.factories.newTenant({
        name: `${name} ${run}`,
        slug: `${name.toLowerCase()}-${run}`,
      });
    }
    type Page = {
      tenants: {
        edges: { cursor: string; node: { name: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const query = `query($search: String, $after: String) {
      tenants(search: $search, first: 2, after: $after) {
        edges { cursor node { name } } pageInfo { hasNextPage endCursor }
      }
    }`;
    // By this run's suffix: other suites share the database and name their cities too.
    const first = (await asOperator<Page>(query, { search: run })).data!.tenants;
    const names = first.edges.map((edge) => edge.node.name);
    expect(first.pageInfo.hasNextPage).toBe(true);
    // Every edge's cursor resumes after it; the last one's is the page's end.
    expect(first.edges.at(-1)!.cursor).toBe(first.pageInfo.endCursor);
    const resumed = (await asOperator<Page>(query, { search: run, after: first.edges[0].cursor }))
      .data!.tenants;
    expect(resumed.edges[0].node.name).toBe(names[1]);
    const second = (await asOperator<Page>(query, { search: run, after: first.pageInfo.endCursor }))
      .data!.tenants;
    const all = [...names, ...second.edges.map((edge) => edge.node.name)];
    expect(all.filter((name) => name.endsWith(run))).toEqual([
      `Brest ${run}`,
      `Brive ${run}`,
      `Bruges ${run}`,
    ]);
    expect(new Set(all).size).toBe(all.length);
  });

  it('caps the page size on the server', async () => {
    const missing = 101 - (await countRows(`select count(*) from tenant`, []));
    for (let i = 0; i < missing; i += 1) await api.factories.newTenant();
    const result = await asOperator<{ tenants: { edges: unknown[] } }>(
      `{ tenants(first: 300) { edges { node { id } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.tenants.edges).toHaveLength(100);
  });

  it('updates a tenant; archiving makes it read-only without deleting anything', async () => {
    const tenant = await api.factories.newTenant();
    const coordinator = await api.factories.newUser({ tenant });
    const token = await api.factories.signIn(coordinator);

    const updated = await asOperator<{ updateTenant: { name: string; timeZone: string } }>(
      `mutation($input: UpdateTenantInput!) { updateTenant(input: $input) { name timeZone } }`,
      { input: { id: tenant.id, name: 'Brest métropole', timeZone: 'Europe/Brussels' } },
    );
    expect(updated.data?.updateTenant).toEqual({
      name: 'Brest métropole',
      timeZone: 'Europe/Brussels',
    });

    await asOperator(`mutation($id: ID!) { archiveTenant(id: $id) { status } }`, { id: tenant.id });
    const invite = await api.client.request(
      `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`,
      { input: { email: `late-${run}@example.org`, displayName: 'Late', roles: ['OBSERVER'] } },
      { token, tenant: tenant.slug },
    );
    expect(invite.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'TENANT_ARCHIVED',
    });
    const stillReadable = await api.client.ok(
      `{ currentTenant { status } }`,
      {},
      {
        token,
        tenant: tenant.slug,
      },
    );
    expect(stillReadable).toEqual({ currentTenant: { status: 'ARCHIVED' } });
    const renamed = await asOperator(
      `mutation($input: UpdateTenantInput!) { updateTenant(input: $input) { name } }`,
      { input: { id: tenant.id, name: 'Too late' } },
    );
    expect(renamed.errors?.[0].extensions?.reason).toBe('TENANT_ARCHIVED');
  });

  it("shows the operator's changes in the tenant's own audit log", async () => {
    const tenant = await api.factories.newTenant();
    const coordinator = await api.factories.newUser({ tenant });
    await asOperator(
      `mutation($input: UpdateTenantInput!) { updateTenant(input: $input) { id } }`,
      { input: { id: tenant.id, defaultLocale: 'en' } },
    );
    // A refused mutation and the queries (this read included) leave no entry.
    const refused = await asOperator(
      `mutation($input: UpdateTenantInput!) { updateTenant(input: $input) { id } }`,
      { input: { id: tenant.id, timeZone: 'Mars/Olympus' } },
    );
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    await asOperator(
      `query($t: ID) { networkAuditEntries(tenantId: $t) { edges { node { id } } } }`,
      {
        t: tenant.id,
      },
    );
    const log = await api.client.ok<{
      auditEntries: {
        edges: { node: { operation: string; affectedIds: string[]; actor: { id: string } } }[];
      };
    }>(
      `{ auditEntries(first: 10) { edges { node { operation affectedIds actor { id } } } } }`,
      {},
      { token: await api.factories.signIn(coordinator), tenant: tenant.slug },
    );
    expect(log.auditEntries.edges.map((edge) => edge.node)).toEqual([
      { operation: 'updateTenant', affectedIds: [tenant.id], actor: { id: operator.id } },
    ]);
    const network = await asOperator<{ networkAuditEntries: { edges: unknown[] } }>(
      `query($t: ID) { networkAuditEntries(tenantId: $t) { edges { node { operation } } } }`,
      { t: tenant.id },
    );
    expect(network.data?.networkAuditEntries.edges).toEqual([
      { node: { operation: 'updateTenant' } },
    ]);
  });

  it('refuses operator operations to everyone else', async () => {
    const tenant = await api.factories.newTenant();
    const coordinator = await api.factories.newUser({ tenant });
    const token = await api.factories.signIn(coordinator);
    expect(await api.client.codes(`{ tenants { edges { node { id } } } }`, {}, { token })).toEqual([
      'FORBIDDEN',
    ]);
  });

  it("does not carry an operator's change of tenant into a field that needs their own city", async () => {
    const home = await api.factories.newTenant();
    const other = await api.factories.newTenant();
    const operatorAndCoordinator = await api.factories.newUser({
      tenant: home,
      networkOperator: true,
    });
    const token = await api.factories.signIn(operatorAndCoordinator);
    const result = await api.client.request(
      `mutation($update: UpdateTenantInput!, $invite: InviteMemberInput!) {
         updateTenant(input: $update) { id }
         inviteMember(input: $invite) { id }
       }`,
      {
        update: { id: other.id, name: 'Renamed in passing' },
        invite: { email: `passing-${run}@example.org`, displayName: 'P', roles: ['OBSERVER'] },
      },
      { token, tenant: home.slug },
    );
    expect(result.errors?.[0].extensions?.reason).toBe('OPERATION_LEFT_TENANT');
    const unchanged = await asOperator<{ tenant: { name: string } }>(
      `query($id: ID!) { tenant(id: $id) { name } }`,
      { id: other.id },
    );
    expect(unchanged.data?.tenant.name).toBe(other.name);
  });

  it('onboards a city with its first edition, or not at all', async () => {
    const templates = await asOperator<{ methodologyTemplates: { id: string; key: string }[] }>(
      `{ methodologyTemplates(key: "resilient-cities", latestOnly: false) { id key } }`,
    );
    const templateVersionId = templates.data!.methodologyTemplates.at(-1)!.id;
    const onboard = (slug: string, versionId: string) =>
      asOperator<{ onboardTenant: { tenant: { id: string }; editionId: string | null } }>(
        `mutation($input: OnboardTenantInput!) {
           onboardTenant(input: $input) { tenant { id } editionId }
         }`,
        {
          input: {
            tenant: tenantInput(slug),
            coordinator: { email: `coordination@${slug}.example`, displayName: 'Coordination' },
            firstEdition: {
              name: 'Première édition',
              templateVersionId: versionId,
              startDate: '2025-06-02',
            },
          },
        },
      );
    const unknownTemplate = await onboard(
      `besancon-bis-${run}`,
      '01a20000-0000-7000-8000-000000000000',
    );
    expect(unknownTemplate.errors?.[0].extensions?.reason).toBe('TEMPLATE_NOT_FOUND');
    expect(
      await countRows(`select count(*) from tenant where slug = $1`, [`besancon-bis-${run}`]),
    ).toBe(0);

    const done = await onboard(`besancon-ter-${run}`, templateVersionId);
    const { tenant, editionId } = done.data!.onboardTenant;
    expect(editionId).toBeTruthy();
    expect(
      await countRows(
        `select count(*) from edition_phase where edition_id = $1`,
        [editionId],
        tenant.id,
      ),
    ).toBe(8);
  });
});
