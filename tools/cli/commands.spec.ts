import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TransactionRunner } from '@inclusion/database';
import { Edition, MicroExperimentation } from '@inclusion/editions';
import {
  Commitment,
  CommitmentStatus,
  Recommendation,
  RecommendationAnswer,
} from '@inclusion/follow-up';
import { User } from '@inclusion/identity';
import { Tenant } from '@inclusion/tenancy';
import { CliModule } from './cli.module';
import { UsageError, createOperator, parseCreateOperator, seedDemoCommand } from './commands';
import { DEMO_FOLLOW_UP, type DemoFollowUp } from './follow-up-demo-data';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the demo data says a city should have, milestones included. */
const expectedOf = ({ recommendations }: DemoFollowUp) => ({
  recommendations: recommendations.length,
  answers: recommendations.flatMap((r) => r.answers ?? []).length,
  commitments: recommendations
    .flatMap((r) => r.commitments ?? [])
    .flatMap((c) => [c, ...(c.milestones ?? [])]).length,
});

describe('operational commands', () => {
  let app: INestApplicationContext;
  beforeAll(async () => {
    app = await NestFactory.createApplicationContext(CliModule, { logger: false });
  });
  afterAll(() => app.close());

  it('refuses bad arguments before touching the database', () => {
    expect(() => parseCreateOperator(['--email', 'nope', '--password', 'long enough!'])).toThrow(
      UsageError,
    );
    expect(() =>
      parseCreateOperator(['--email', 'ops@place.example', '--password', 'short']),
    ).toThrow(/at least 10/);
  });

  it('creates the first network operator, and promotes an existing account', async () => {
    const email = `ops-${Date.now()}@place.example`;
    const input = parseCreateOperator([
      '--email',
      email,
      '--password',
      'a long passphrase',
      '--name',
      'PLACE',
    ]);
    expect(await createOperator(app, input)).toMatch(/created/);
    expect(await createOperator(app, input)).toMatch(/already had an account/);
    const user = await app
      .get(TransactionRunner)
      .run({}, (em) => em.findOneOrFail(User, { email }));
    expect(user.platformRole).toBe('network_operator');
  });

  it('seeds the demo data, and seeding twice changes nothing', async () => {
    const first = await seedDemoCommand(app);
    await seedDemoCommand(app);
    expect(first).toMatch(/coordination@lyon\.demo/);
    const slugs = ['lyon', 'clermont-ferrand', 'grenoble-alpes-metropole'];
    const tenants = await app
      .get(TransactionRunner)
      .run({}, (em) => em.find(Tenant, { slug: { $in: slugs } }));
    expect(tenants.map((tenant) => tenant.slug).sort()).toEqual([...slugs].sort());
    const lyon = tenants.find((tenant) => tenant.slug === 'lyon')!;
    const editions = await app
      .get(TransactionRunner)
      .run({ tenantId: lyon.id }, (em) => em.find(Edition, {}, { populate: ['templateVersion'] }));
    expect(editions.map((edition) => [edition.status, edition.templateVersion.key])).toEqual([
      ['running', 'resilient-cities'],
    ]);
    const clermont = tenants.find((tenant) => tenant.slug === 'clermont-ferrand')!;
    const experiments = await app
      .get(TransactionRunner)
      .run({ tenantId: clermont.id }, (em) => em.count(MicroExperimentation, {}));
    expect(experiments).toBe(5);

    const open = { $nin: [CommitmentStatus.Done, CommitmentStatus.Abandoned] };
    const today = new Date().toISOString().slice(0, 10);
    const staleBefore = new Date(Date.now() - 60 * DAY_MS);
    let overdue = 0;
    let stale = 0;
    for (const tenant of tenants) {
      const found = await app.get(TransactionRunner).run({ tenantId: tenant.id }, async (em) => ({
        recommendations: await em.count(Recommendation, {}),
        answers: await em.count(RecommendationAnswer, {}),
        commitments: await em.count(Commitment, {}),
        overdue: await em.count(Commitment, { status: open, dueDate: { $lt: today } }),
        stale: await em.count(Commitment, { status: open, lastUpdateAt: { $lt: staleBefore } }),
      }));
      const { overdue: overdueHere, stale: staleHere, ...counts } = found;
      expect(counts).toEqual(expectedOf(DEMO_FOLLOW_UP[tenant.slug]));
      overdue += overdueHere;
      stale += staleHere;
    }
    expect(overdue).toBeGreaterThan(0);
    expect(stale).toBeGreaterThan(0);
  });

  it('refuses to seed demo accounts in production unless forced', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, { NODE_ENV: 'production', AUTH_SECRET: 'p'.repeat(48) });
    const production = await NestFactory.createApplicationContext(CliModule, { logger: false });
    try {
      await expect(seedDemoCommand(production)).rejects.toThrow(UsageError);
    } finally {
      await production.close();
      process.env = saved;
    }
  });
});
