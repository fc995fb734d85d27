import type { INestApplicationContext } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { applyScope, TransactionRunner } from '@inclusion/database';
import { AccountProvisioning, MembershipRole, User } from '@inclusion/identity';
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
  PlanAction,
  PlanVersion,
  PlanVersionStatus,
  ReviewComment,
  ReviewDecision,
  StudyVisit,
  snapshotOf,
} from '@inclusion/mentoring';
import { Tenant } from '@inclusion/tenancy';
import { DEMO_OPERATOR, DEMO_PASSWORD, DEMO_TENANTS } from './demo-data';
import {
  BREST_NEEDS,
  BREST_SELF_ASSESSMENT,
  BREST_TARGETS,
  DEMO_BENCHMARKS,
  DEMO_PAIR_PEOPLE,
  DEMO_PARTNERSHIP,
  DEMO_PLAN,
  DEMO_VISITS,
  RENNES_STRENGTHS,
  type DemoAction,
} from './mentoring-demo-data';

const DAY_MS = 24 * 60 * 60 * 1000;
const dateOf = (day: number) => new Date(Date.now() + day * DAY_MS).toISOString().slice(0, 10);
/** A time of that day (UTC); the seed puts nothing later than yesterday, so none is ahead. */
const at = (day: number, hour = 9) =>
  new Date(`${dateOf(day)}T${String(hour).padStart(2, '0')}:30:00Z`);
const stamped = (date: Date) => ({ createdAt: date, updatedAt: date });

/** The pair's records sit in the learner's tenant: named explicitly, read past the filter. */
const PAIR = { filters: false } as const;

/** A criterion of the library as the pair's records refer to it. */
interface LibraryEntry {
  id: string;
  keyFactorIds: string[];
  indicatorIds: string[];
}

/** Who acts in the pair, and in which tenant. */
interface Pair {
  mentorTenantId: string;
  learnerTenantId: string;
  operatorId: string;
  reviewer: { userId: string; membershipId: string };
  author: { userId: string; membershipId: string };
  library: Record<string, LibraryEntry>;
}

/**
 * The network's benchmark library, written as the network operator (only they may): each
 * criterion once, found again by its English title and its author, the demo operator (another
 * operator's criterion of the same title has entries of its own). `em` must be in the
 * operator's scope.
 */
async function seedLibrary(
  em: EntityManager,
  operatorId: string,
): Promise<Record<string, LibraryEntry>> {
  const library: Record<string, LibraryEntry> = {};
  for (const [rank, demo] of DEMO_BENCHMARKS.entries()) {
    let criterion = await em.findOne(BenchmarkCriterion, {
      title: { en: demo.title.en },
      createdById: operatorId,
    });
    if (!criterion) {
      // A second apart, so that the library lists them, and their entries, in this order.
      const time = (index: number) =>
        stamped(new Date(at(-200).getTime() + (rank * 100 + index) * 1000));
      criterion = em.create(BenchmarkCriterion, {
        theme: demo.theme,
        title: demo.title,
        description: demo.description,
        createdById: operatorId,
        ...time(0),
      });
      const criterionId = criterion.id;
      demo.keyFactors.forEach((text, index) =>
        em.create(KeyFactor, { criterionId, position: index + 1, text, ...time(1 + index) }),
      );
      demo.goodPractices.forEach((practice, index) =>
        em.create(GoodPractice, {
          criterionId,
          title: practice.title,
          description: practice.description,
          place: practice.place,
          sourceUrl: practice.sourceUrl ?? null,
          ...time(20 + index),
        }),
      );
      demo.indicators.forEach((indicator, index) =>
        em.create(BenchmarkIndicator, {
          criterionId,
          name: indicator.name,
          unit: indicator.unit,
          ...time(40 + index),
        }),
      );
      await em.flush();
    }
    const criterionId = criterion.id;
    const factors = await em.find(KeyFactor, { criterionId }, { orderBy: { position: 'asc' } });
    const indicators = await em.find(
      BenchmarkIndicator,
      { criterionId },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    library[demo.ref] = {
      id: criterionId,
      keyFactorIds: factors.map((factor) => factor.id),
      indicatorIds: indicators.map((indicator) => indicator.id),
    };
  }
  return library;
}

/**
 * The pair, in one transaction that acts as each side would through the API: in the learner's
 * tenant for its records, in the mentor's for its member row, and as the named reviewer acting
 * in the mentor city for the review (row-level security's `app_mentors_partnership`). The
 * services would mail the other side at each step; a demo mails no one. Does nothing if Brest
 * and Rennes are already paired.
 */
async function seedPair(em: EntityManager, pair: Pair): Promise<void> {
  const { mentorTenantId, learnerTenantId: tenantId, library } = pair;
  const demo = DEMO_PARTNERSHIP;
  const existing = await em.count(
    Partnership,
    { tenantId, mentorTenantId, theme: demo.theme },
    PAIR,
  );
  if (existing) return;

  const learner = () => applyScope(em, { tenantId, userId: pair.author.userId });
  const mentor = () => applyScope(em, { tenantId: mentorTenantId });
  const reviewer = () => applyScope(em, { tenantId: mentorTenantId, userId: pair.reviewer.userId });
  const switchTo = async (scope: () => Promise<void>) => {
    await em.flush();
    await scope();
  };

  // Proposed by the operator, accepted by both cities: open.
  const partnership = em.create(Partnership, {
    tenantId,
    mentorTenantId,
    theme: demo.theme,
    purpose: demo.purpose,
    startsOn: dateOf(demo.startDay),
    endsOn: dateOf(demo.endDay),
    status: PartnershipStatus.Active,
    proposedById: pair.operatorId,
    mentorAcceptedAt: at(demo.mentorAcceptedDay),
    learnerAcceptedAt: at(demo.learnerAcceptedDay),
    createdAt: at(demo.proposedDay),
    updatedAt: at(demo.learnerAcceptedDay),
  });
  const partnershipId = partnership.id;
  const ofPair = { tenantId, partnershipId };
  em.create(PartnershipMember, {
    ...ofPair,
    membershipId: pair.author.membershipId,
    side: PartnershipSide.Learner,
    ...stamped(at(demo.learnerAcceptedDay, 11)),
  });

  // The criteria the pair works on, Brest's self-assessment and its targets.
  const chosen = stamped(at(demo.chosenDay));
  for (const ref of demo.criteria) {
    em.create(PartnershipCriterion, { ...ofPair, criterionId: library[ref].id, ...chosen });
  }
  const assessed = stamped(at(demo.chosenDay + 5));
  for (const { criterion, index, score, evidence } of BREST_SELF_ASSESSMENT) {
    em.create(KeyFactorAssessment, {
      ...ofPair,
      keyFactorId: library[criterion].keyFactorIds[index - 1],
      score,
      evidence,
      assessedById: pair.author.userId,
      ...assessed,
    });
  }
  for (const { criterion, index, baseline, target } of BREST_TARGETS) {
    em.create(IndicatorTarget, {
      ...ofPair,
      indicatorId: library[criterion].indicatorIds[index - 1],
      baseline: String(baseline),
      target: String(target),
      ...assessed,
    });
  }
  for (const visit of DEMO_VISITS) {
    em.create(StudyVisit, {
      ...ofPair,
      stage: visit.stage,
      host: visit.host,
      startsOn: dateOf(visit.startDay),
      endsOn: dateOf(visit.endDay),
      agenda: visit.agenda,
      participants: visit.participants,
      outcomes: visit.outcomes ?? null,
      createdAt: at(demo.chosenDay),
      updatedAt: visit.outcomes ? at(visit.endDay, 17) : at(demo.chosenDay),
    });
  }
  await switchTo(mentor);
  em.create(PartnershipMember, {
    tenantId: mentorTenantId,
    partnershipId,
    membershipId: pair.reviewer.membershipId,
    side: PartnershipSide.Mentor,
    ...stamped(at(demo.mentorAcceptedDay, 11)),
  });
  await switchTo(learner);

  // The working plan, version after version, as the learner writes it and the mentor reviews it.
  const actions = new Map<string, PlanAction>();
  const fieldsOf = (action: DemoAction) => ({
    title: action.title,
    objective: action.objective,
    criterionId: library[action.criterion].id,
    keyFactorIds: action.keyFactors.map(
      (index) => library[action.criterion].keyFactorIds[index - 1],
    ),
    responsibleService: action.responsibleService,
    startsOn: dateOf(action.startDay),
    endsOn: dateOf(action.endDay),
    resources: action.resources,
    indicators: action.indicators,
    status: action.status,
  });
  const comments = new Map<string, string>();
  for (const [number, version] of DEMO_PLAN.entries()) {
    // Written between the previous decision (or the first visit) and the submission. What it
    // changes is stamped with the seed's time: the ORM stamps every update.
    const written = at(version.submittedDay - 10);
    const wanted = new Set(version.actions.map((action) => action.ref));
    for (const [ref, action] of actions) {
      if (wanted.has(ref)) continue;
      em.remove(action);
      actions.delete(ref);
    }
    for (const demoAction of version.actions) {
      const fields = fieldsOf(demoAction);
      const action = actions.get(demoAction.ref);
      if (action) {
        Object.assign(action, fields);
      } else {
        actions.set(
          demoAction.ref,
          em.create(PlanAction, {
            ...ofPair,
            ...fields,
            position: actions.size + 1,
            ...stamped(written),
          }),
        );
      }
    }
    await em.flush();
    const snapshot = [...actions.values()]
      .sort((a, b) => a.position - b.position || a.createdAt.getTime() - b.createdAt.getTime())
      .map(snapshotOf);
    const submitted = em.create(PlanVersion, {
      ...ofPair,
      number: number + 1,
      stage: version.stage,
      snapshot,
      submittedById: pair.author.userId,
      ...stamped(at(version.submittedDay, version.submittedHour)),
    });
    for (const comment of version.comments) {
      await switchTo(comment.side === PartnershipSide.Mentor ? reviewer : learner);
      const posted = em.create(ReviewComment, {
        ...ofPair,
        versionId: submitted.id,
        actionId: comment.action ? actions.get(comment.action)!.id : null,
        parentId: comment.replyTo ? comments.get(comment.replyTo)! : null,
        authorId:
          comment.side === PartnershipSide.Mentor ? pair.reviewer.userId : pair.author.userId,
        authorSide: comment.side,
        body: comment.body,
        ...stamped(at(comment.day, comment.hour)),
      });
      comments.set(comment.ref, posted.id);
    }
    if (version.decision) {
      await switchTo(reviewer);
      const decidedAt = at(version.decision.day, version.decision.hour);
      em.create(ReviewDecision, {
        ...ofPair,
        versionId: submitted.id,
        reviewerId: pair.reviewer.userId,
        decision: PlanVersionStatus.ChangesRequested,
        note: version.decision.note,
        ...stamped(decidedAt),
      });
      submitted.status = PlanVersionStatus.ChangesRequested;
      submitted.decidedAt = decidedAt;
    }
    await switchTo(learner);
  }
}

/**
 * The IncluCities-style pair: the library, Rennes' strengths, Brest's needs, the pair's people,
 * and the pair's records at its second study visit. Idempotent, like the rest of the demo: what
 * is there is left alone. Returns the lines that list the pair's people.
 */
export async function seedMentoring(app: INestApplicationContext): Promise<string[]> {
  const runner = app.get(TransactionRunner);
  const accounts = app.get(AccountProvisioning);
  const tenantOf = (slug: string) =>
    runner.run({}, async (em) => (await em.findOneOrFail(Tenant, { slug })).id);
  const rennes = await tenantOf('rennes');
  const brest = await tenantOf('brest');
  const member = (tenantId: string, person: (typeof DEMO_PAIR_PEOPLE)['reviewer']) =>
    runner.run({ tenantId }, async (em) => {
      const { user, membership } = await accounts.ensureMember(
        em,
        tenantId,
        { ...person, password: DEMO_PASSWORD },
        [MembershipRole.Observer],
      );
      return { userId: user.id, membershipId: membership.id };
    });
  const reviewer = await member(rennes, DEMO_PAIR_PEOPLE.reviewer);
  const author = await member(brest, DEMO_PAIR_PEOPLE.author);

  const operatorId = await runner.run(
    {},
    async (em) => (await em.findOneOrFail(User, { email: DEMO_OPERATOR.email })).id,
  );
  const library = await runner.run({ networkOperator: true, userId: operatorId }, (em) =>
    seedLibrary(em, operatorId),
  );

  await runner.run({ tenantId: rennes }, async (em) => {
    for (const { theme, description } of RENNES_STRENGTHS) {
      if (await em.count(CityStrength, { theme })) continue;
      em.create(CityStrength, { tenantId: rennes, theme, description, ...stamped(at(-180)) });
    }
    await em.flush();
  });
  const brestCoordinator = DEMO_TENANTS.find((demo) => demo.tenant.slug === 'brest')!.coordinator;
  await runner.run({ tenantId: brest }, async (em) => {
    const coordinator = await em.findOneOrFail(User, { email: brestCoordinator.email });
    for (const needs of BREST_NEEDS) {
      if (await em.count(NeedsAssessment, { theme: needs.theme })) continue;
      em.create(NeedsAssessment, {
        tenantId: brest,
        ...needs,
        updatedById: coordinator.id,
        ...stamped(at(-170)),
      });
    }
    await em.flush();
  });

  await runner.run({ tenantId: brest, userId: author.userId }, (em) =>
    seedPair(em, {
      mentorTenantId: rennes,
      learnerTenantId: brest,
      operatorId,
      reviewer,
      author,
      library,
    }),
  );

  const { reviewer: r, author: a } = DEMO_PAIR_PEOPLE;
  return [
    `mentor reviewer   ${r.email}  /  ${DEMO_PASSWORD}  (X-Tenant: rennes)`,
    `plan author       ${a.email}  /  ${DEMO_PASSWORD}  (X-Tenant: brest)`,
  ];
}
