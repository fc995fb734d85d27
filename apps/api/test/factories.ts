import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { TransactionRunner } from '@inclusion/database';
import { AccountProvisioning, MembershipRole, type User } from '@inclusion/identity';
import { Tenant, TenantKind, TenantStatus } from '@inclusion/tenancy';
import type { GraphqlClient } from '@inclusion/testing';

export const TEST_PASSWORD = 'correct horse battery staple';

const unique = (): string => randomUUID().slice(0, 8);

/** Test data through the product's own entities and the runtime role, so RLS applies as in use. */
export class Factories {
  private readonly runner: TransactionRunner;
  private readonly accounts: AccountProvisioning;

  constructor(
    app: INestApplicationContext,
    private readonly client: GraphqlClient,
  ) {
    this.runner = app.get(TransactionRunner);
    this.accounts = app.get(AccountProvisioning);
  }

  newTenant(overrides: Partial<Pick<Tenant, 'name' | 'slug' | 'status' | 'defaultLocale'>> = {}) {
    const id = unique();
    return this.runner.run({}, async (em) => {
      const tenant = em.create(Tenant, {
        name: `City ${id}`,
        slug: `city-${id}`,
        country: 'FR',
        kind: TenantKind.Municipality,
        defaultLocale: 'fr',
        timeZone: 'Europe/Paris',
        status: TenantStatus.Active,
        ...overrides,
      });
      await em.flush();
      return tenant;
    });
  }

  newUser(
    options: {
      tenant?: Tenant;
      roles?: MembershipRole[];
      networkOperator?: boolean;
      email?: string;
    } = {},
  ): Promise<User> {
    const input = {
      email: options.email ?? `person-${unique()}@example.org`,
      displayName: `Person ${unique()}`,
      password: TEST_PASSWORD,
    };
    const tenant = options.tenant;
    if (tenant) {
      const roles = options.roles ?? [MembershipRole.Coordinator];
      return this.runner.run({ tenantId: tenant.id }, async (em) => {
        const { user } = await this.accounts.ensureMember(em, tenant.id, input, roles);
        if (options.networkOperator) await this.accounts.ensureNetworkOperator(em, input);
        return user;
      });
    }
    return this.runner.run({}, async (em) =>
      options.networkOperator
        ? (await this.accounts.ensureNetworkOperator(em, input)).user
        : (await this.accounts.ensureUser(em, input)).user,
    );
  }

  async signIn(user: Pick<User, 'email'>, password = TEST_PASSWORD): Promise<string> {
    const data = await this.client.ok<{ signIn: { accessToken: string } }>(
      `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`,
      { input: { email: user.email, password } },
    );
    return data.signIn.accessToken;
  }

  /** The id of a methodology as shipped (version 1): other suites may publish newer ones. */
  async builtInTemplate(token: string, key = 'resilient-cities'): Promise<string> {
    const data = await this.client.ok<{
      methodologyTemplates: { id: string; builtIn: boolean }[];
    }>(
      `query($key: String) { methodologyTemplates(key: $key) { id builtIn } }`,
      { key },
      { token },
    );
    return data.methodologyTemplates.find((template) => template.builtIn)!.id;
  }
}
