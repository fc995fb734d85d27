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
import {
  BenchmarkCriterion,
  BenchmarkIndicator,
  CityStrength,
  GoodPractice,
  IndicatorTarget,
  KeyFactor,
  KeyFactorAssessment,
  NeedsAssessment,
  Partnership,
  PartnershipCriterion,
  PartnershipMember,
  PartnershipSide,
  PartnershipStatus,
  PartnershipTheme,
  PlanAction,
  PlanStage,
  PlanVersion,
  PlanVersionStatus,
  ReviewComment,
  ReviewDecision,
  StudyVisit,
  diffPlans,
} from '@inclusion/mentoring';
import { Tenant } from '@inclusion/tenancy';
import { CliModule } from './cli.module';
import { UsageError, createOperator, parseCreateOperator, seedDemoCommand } from './commands';
import { DEMO_FOLLOW_UP, type DemoFollowUp } from './follow-up-demo-data';
import { DEMO_BENCHMARKS, DEMO_PLAN } from './mentoring-demo-data';

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

  it('seeds an IncluCities pair at its second study visit, once however often it runs', async () => {
    await seedDemoCommand(app);
    const output = await seedDemoCommand(app);
    expect(output).toMatch(/mentorat@rennes\.demo/);
    expect(output).toMatch(/plan-action@brest\.demo/);
    const runner = app.get(TransactionRunner);
    const today = new Date().toISOString().slice(0, 10);
    const weekAgo = new Date(Date.now() - 7 * DAY_MS).toISOString().slice(0, 10);
    const { rennes, brest, operator, reviewer, author, rennesCoordinator } = await runner.run(
      {},
      async (em) => {
        const tenant = (slug: string) => em.findOneOrFail(Tenant, { slug });
        const user = (email: string) => em.findOneOrFail(User, { email });
        return {
          rennes: await tenant('rennes'),
          brest: await tenant('brest'),
          operator: await user('operator@place.demo'),
          reviewer: await user('mentorat@rennes.demo'),
          author: await user('plan-action@brest.demo'),
          rennesCoordinator: await user('coordination@rennes.demo'),
        };
      },
    );

    // The library: each demo criterion once, with its entries (other suites' operators may
    // write criteria of the same titles in this database).
    const library = await runner.run({}, async (em) => {
      const criteria = await em.find(BenchmarkCriterion, {
        title: { en: { $in: DEMO_BENCHMARKS.map((c) => c.title.en) } },
        createdById: operator.id,
      });
      const ids = criteria.map((c) => c.id);
      return {
        criteria: criteria.map((c) => c.title.en).sort(),
        keyFactors: await em.count(KeyFactor, { criterionId: { $in: ids } }),
        goodPractices: await em.count(GoodPractice, { criterionId: { $in: ids } }),
        indicators: await em.count(BenchmarkIndicator, { criterionId: { $in: ids } }),
      };
    });
    expect(library).toEqual({
      criteria: DEMO_BENCHMARKS.map((c) => c.title.en).sort(),
      keyFactors: DEMO_BENCHMARKS.flatMap((c) => c.keyFactors).length,
      goodPractices: DEMO_BENCHMARKS.flatMap((c) => c.goodPractices).length,
      indicators: DEMO_BENCHMARKS.flatMap((c) => c.indicators).length,
    });

    // What the learner city holds of the pair.
    const learner = await runner.run({ tenantId: brest.id }, async (em) => {
      const [partnership, ...others] = await em.find(Partnership, { mentorTenantId: rennes.id });
      expect(others).toEqual([]);
      const ofPair = { partnershipId: partnership.id };
      const chosen = await em.find(PartnershipCriterion, ofPair);
      const criterionIds = chosen.map((c) => c.criterionId);
      const versions = await em.find(PlanVersion, ofPair, { orderBy: { number: 'asc' } });
      const visits = await em.find(StudyVisit, ofPair, { orderBy: { startsOn: 'asc' } });
      const versionIds = versions.map((v) => v.id);
      return {
        partnership,
        members: await em.find(PartnershipMember, ofPair),
        chosen: (await em.find(BenchmarkCriterion, { id: { $in: criterionIds } }))
          .map((c) => c.title.en)
          .sort(),
        keyFactors: await em.count(KeyFactor, { criterionId: { $in: criterionIds } }),
        indicators: await em.count(BenchmarkIndicator, { criterionId: { $in: criterionIds } }),
        assessments: await em.find(KeyFactorAssessment, ofPair),
        targets: await em.count(IndicatorTarget, ofPair),
        needs: await em.count(NeedsAssessment, {}),
        versions,
        decisions: await em.find(ReviewDecision, { versionId: { $in: versionIds } }),
        comments: await em.find(
          ReviewComment,
          { versionId: { $in: versionIds } },
          { orderBy: { createdAt: 'asc' } },
        ),
        actions: await em.find(PlanAction, ofPair, { orderBy: { position: 'asc' } }),
        visits,
        editions: await em.count(Edition, {}),
      };
    });
    const { partnership } = learner;
    expect(partnership).toMatchObject({
      status: PartnershipStatus.Active,
      theme: PartnershipTheme.Education,
      proposedById: operator.id,
    });
    expect(partnership.mentorAcceptedAt).toBeInstanceOf(Date);
    expect(partnership.learnerAcceptedAt).toBeInstanceOf(Date);
    expect(partnership.startsOn <= today && today <= partnership.endsOn).toBe(true);
    expect(learner.editions).toBe(0);
    expect(learner.needs).toBe(3);
    expect(learner.members.map((m) => [m.side, m.tenantId])).toEqual([
      [PartnershipSide.Learner, brest.id],
    ]);

    // Benchmarks chosen, every key factor of them assessed, every indicator given a target.
    expect(learner.chosen).toEqual(
      DEMO_BENCHMARKS.filter((c) => c.theme === PartnershipTheme.Education)
        .map((c) => c.title.en)
        .sort(),
    );
    expect(learner.chosen).toContain('Access to education for migrants’ children');
    expect(learner.assessments).toHaveLength(learner.keyFactors);
    expect(learner.assessments.every((a) => a.score >= 1 && a.score <= 5 && a.evidence)).toBe(true);
    expect(learner.targets).toBe(learner.indicators);

    // Three study visits: the first over, the second this week, the third to come.
    const [first, second, third] = learner.visits;
    expect(learner.visits.map((v) => v.stage)).toEqual([
      PlanStage.First,
      PlanStage.Second,
      PlanStage.Third,
    ]);
    expect(first.endsOn < weekAgo && first.outcomes).toBeTruthy();
    expect(second.startsOn >= weekAgo && second.endsOn <= today).toBe(true);
    expect(third.startsOn > today && !third.outcomes).toBe(true);

    // Two versions of the plan: the first sent back with changes requested, the second in review.
    const [v1, v2] = learner.versions;
    expect(learner.versions.map((v) => [v.number, v.stage, v.status])).toEqual([
      [1, PlanStage.First, PlanVersionStatus.ChangesRequested],
      [2, PlanStage.Second, PlanVersionStatus.Submitted],
    ]);
    expect(learner.decisions.map((d) => [d.versionId, d.decision, d.reviewerId])).toEqual([
      [v1.id, PlanVersionStatus.ChangesRequested, reviewer.id],
    ]);
    expect(learner.decisions[0].note).toBeTruthy();
    expect(v1.decidedAt!.getTime()).toBeLessThan(v2.createdAt.getTime());
    expect(v2.snapshot.map((a) => a.id)).toEqual(learner.actions.map((a) => a.id));
    const diff = diffPlans(v1.snapshot, v2.snapshot);
    expect([diff.added.length, diff.removed.length]).toEqual([1, 1]);
    expect(diff.changed.length).toBeGreaterThan(0);

    // Threads on the first version (the plan, an action, the learner's answer); open comments on
    // the second, which no one has decided on yet.
    const on = (version: PlanVersion) => learner.comments.filter((c) => c.versionId === version.id);
    const thread = on(v1);
    expect(thread.map((c) => c.authorSide)).toEqual([
      PartnershipSide.Mentor,
      PartnershipSide.Mentor,
      PartnershipSide.Learner,
    ]);
    expect(thread[0].actionId).toBeNull();
    expect(v1.snapshot.map((a) => a.id)).toContain(thread[1].actionId);
    expect(thread[2]).toMatchObject({ parentId: thread[1].id, authorId: author.id });
    expect(on(v2)).toHaveLength(DEMO_PLAN[1].comments.length);
    expect(on(v2).every((c) => c.authorSide === PartnershipSide.Mentor)).toBe(true);
    expect(on(v2).every((c) => c.authorId === reviewer.id)).toBe(true);

    // The mentor city: its strengths, its named reviewer; only the reviewer reads Brest's plan.
    const mentor = await runner.run({ tenantId: rennes.id }, async (em) => ({
      strengths: await em.count(CityStrength, {}),
      // Named in the tenant, past the filter, which through the relation would also ask the
      // partnership to be the city's (it is Brest's).
      members: await em.find(
        PartnershipMember,
        { partnershipId: partnership.id, tenantId: rennes.id },
        { filters: false },
      ),
      editions: await em.count(Edition, {}),
    }));
    expect(mentor.strengths).toBe(3);
    expect(mentor.editions).toBe(0);
    expect(mentor.members.map((m) => m.side)).toEqual([PartnershipSide.Mentor]);
    const versionsSeenBy = (userId: string) =>
      runner.run({ tenantId: rennes.id, userId }, (em) =>
        em.count(PlanVersion, { partnershipId: partnership.id }, { filters: false }),
      );
    expect(await versionsSeenBy(reviewer.id)).toBe(2);
    expect(await versionsSeenBy(rennesCoordinator.id)).toBe(0);
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
