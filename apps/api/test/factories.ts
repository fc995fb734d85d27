import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { TransactionRunner } from '@inclusion/database';
import { AccountProvisioning, Membership, MembershipRole, type User } from '@inclusion/identity';
import {
  Application,
  ApplicationStatus,
  Certificate,
  Cohort,
  ExpenseClaim,
  ParticipantCall,
  hashCode,
  type ApplicationSeed,
} from '@inclusion/participants';
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

  newTenant(
    overrides: Partial<Pick<Tenant, 'name' | 'slug' | 'status' | 'defaultLocale' | 'country'>> = {},
  ) {
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

  /** A call open from 2020 to 2099 (published unless said), straight into the tenant's tables. */
  newCall(tenant: Tenant, editionId: string, cohort: Cohort = Cohort.Newcomers, published = true) {
    return this.runner.run({ tenantId: tenant.id }, async (em) => {
      const call = em.create(ParticipantCall, {
        tenantId: tenant.id,
        edition: editionId,
        cohort,
        title: { fr: `Appel ${cohort}`, en: `Call ${cohort}` },
        description: { fr: 'Rejoignez-nous', en: 'Join us' },
        opensOn: '2020-01-01',
        closesOn: '2099-12-31',
        privacyPolicyVersion: '2026-01',
        processingPurpose: { fr: 'Sélection', en: 'Selection' },
        publishedAt: published ? new Date() : null,
      });
      await em.flush();
      return call;
    });
  }

  /**
   * Applications written as the system would (the public form is throttled per address, and
   * dashboards need dozens), each with a unique name and address.
   */
  newApplications(call: ParticipantCall, seeds: ApplicationSeed[]): Promise<Application[]> {
    return this.runner.run({ tenantId: call.tenantId, system: true }, async (em) => {
      const rows = seeds.map((seed) =>
        em.create(Application, {
          tenantId: call.tenantId,
          call,
          editionId: call.edition.id,
          cohort: call.cohort,
          status: ApplicationStatus.Selected,
          givenName: `Given-${unique()}`,
          familyName: `Family-${unique()}`,
          email: `applicant-${unique()}@example.org`,
          motivation: 'To take part',
          locale: 'fr',
          consentPolicyVersion: call.privacyPolicyVersion,
          consentPurpose: call.processingPurpose.fr,
          consentedAt: new Date(),
          eligibility: { eligible: true, checks: [] },
          ...seed,
        }),
      );
      await em.flush();
      return rows;
    });
  }

  /** The id of a person's membership in a tenant. */
  membershipId(tenant: Tenant, user: User): Promise<string> {
    return this.runner.run({ tenantId: tenant.id }, async (em) => {
      const membership = await em.findOneOrFail(Membership, { tenantId: tenant.id, user });
      return membership.id;
    });
  }

  /** A certificate for an application, as issuing would write it, with a known code. */
  newCertificate(application: Application, code: string): Promise<Certificate> {
    return this.runner.run({ tenantId: application.tenantId, system: true }, async (em) => {
      const certificate = em.create(Certificate, {
        tenantId: application.tenantId,
        application: application.id,
        editionId: application.editionId,
        code,
        codeHash: hashCode(code),
        personName: `${application.givenName} ${application.familyName}`,
        editionName: 'Edition',
        cityName: 'City',
        cohort: application.cohort,
        trainingMinutes: 720,
        completedOn: '2025-03-01',
        locale: 'fr',
      });
      await em.flush();
      return certificate;
    });
  }

  /** A submitted travel claim (without its receipt) on an application. */
  newExpenseClaim(application: Application): Promise<ExpenseClaim> {
    return this.runner.run({ tenantId: application.tenantId, system: true }, async (em) => {
      const claim = em.create(ExpenseClaim, {
        tenantId: application.tenantId,
        application: application.id,
        editionId: application.editionId,
        personId: application.personId ?? null,
        amountCents: 990,
        currency: 'EUR',
        incurredOn: '2025-01-10',
        description: 'Tram',
      });
      await em.flush();
      return claim;
    });
  }

  /** One signed-in member per name, each with their role: who a suite's story is about. */
  async cast(tenant: Tenant, roles: Record<string, MembershipRole>) {
    const people: Record<string, User> = {};
    const tokens: Record<string, string> = {};
    for (const [who, role] of Object.entries(roles)) {
      people[who] = await this.newUser({ tenant, roles: [role] });
      tokens[who] = await this.signIn(people[who]);
    }
    return { people, tokens };
  }
}
