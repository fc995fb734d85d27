import { PlanActionStatus, snapshotOf, type PlanAction } from '@inclusion/mentoring';
import { DEMO_BENCHMARKS } from '../../cli/mentoring-demo-data';
import type { Batch } from './batch';
import { Calendar } from './calendar';
import type { CityInfo, DatasetContext } from './city';
import { IdFactory, Random } from './random';
import { COMMENT_BODIES, PAIR_THEMES, PLAN_ACTIONS, needsOf, strengthOf } from './vocabulary';

export const OPERATOR_EMAIL = 'operator@bench.invalid';

/** A criterion of the network's library, as the pairs' records refer to it. */
interface LibraryEntry {
  id: string;
  keyFactorIds: string[];
  indicatorIds: string[];
}

export interface Network {
  operatorId: string;
  library: Record<string, LibraryEntry>;
}

export interface PairInfo {
  partnershipId: string;
  planVersionIds: string[];
}

export const PAIR_VOLUMES = { actions: 8, versions: 3, commentsPerVersion: [7, 7, 6] } as const;

/**
 * The platform's own rows: the network operator, and the network's benchmark library (the
 * demo's criteria, with their key factors, good practices and indicators) the pairs work from.
 */
export function generateNetwork(ctx: DatasetContext, batch: Batch): Network {
  const ids = new IdFactory(new Random(ctx.seed, 2, -1), 0);
  const cal = new Calendar(ctx.today);
  const operatorId = ids.next();
  const signedIn = cal.at(-1, 7, 45);
  batch.add('app_user', {
    id: operatorId,
    created_at: cal.at(-900, 9),
    updated_at: signedIn,
    email: OPERATOR_EMAIL,
    display_name: 'PLACE Network (bench)',
    password_hash: ctx.passwordHash,
    locale: 'fr',
    platform_role: 'network_operator',
    status: 'active',
    last_sign_in_at: signedIn,
  });
  const library: Record<string, LibraryEntry> = {};
  for (const [rank, criterion] of DEMO_BENCHMARKS.entries()) {
    const stamp = (k: number) => {
      const at = new Date(cal.at(-600, 10).getTime() + (rank * 100 + k) * 1000);
      return { created_at: at, updated_at: at };
    };
    const entry: LibraryEntry = { id: ids.next(), keyFactorIds: [], indicatorIds: [] };
    batch.add('benchmark_criterion', {
      id: entry.id,
      ...stamp(0),
      theme: criterion.theme,
      title: criterion.title,
      description: criterion.description,
      created_by_id: operatorId,
    });
    for (const [k, text] of criterion.keyFactors.entries()) {
      const id = ids.next();
      entry.keyFactorIds.push(id);
      batch.add('benchmark_key_factor', {
        id,
        ...stamp(1 + k),
        criterion_id: entry.id,
        position: k + 1,
        text,
      });
    }
    for (const [k, practice] of criterion.goodPractices.entries()) {
      batch.add('benchmark_good_practice', {
        id: ids.next(),
        ...stamp(20 + k),
        criterion_id: entry.id,
        title: practice.title,
        description: practice.description,
        place: practice.place,
        source_url: practice.sourceUrl ?? null,
      });
    }
    for (const [k, indicator] of criterion.indicators.entries()) {
      const id = ids.next();
      entry.indicatorIds.push(id);
      batch.add('benchmark_indicator', {
        id,
        ...stamp(40 + k),
        criterion_id: entry.id,
        name: indicator.name,
        unit: indicator.unit,
      });
    }
    library[criterion.ref] = entry;
  }
  return { operatorId, library };
}

/**
 * A mentor city and a learner city paired on a theme, as the network operator proposed it and
 * both accepted: the mentor's strength and the learner's needs, the pair's named people, its
 * criteria, the learner's self-assessment and targets, three study visits, and the action plan in
 * three versions frozen as PlanService.submit does, reviewed in threads by the mentor's reviewer.
 * The pair's records are the learner's (its tenant, its id stream).
 */
export function generatePair(
  ctx: DatasetContext,
  network: Network,
  mentor: CityInfo,
  learner: CityInfo,
  batch: Batch,
): PairInfo {
  const random = new Random(ctx.seed, 3, learner.index);
  const ids = learner.ids;
  const cal = new Calendar(ctx.today);
  const reviewer = mentor.pairPerson!;
  const author = learner.pairPerson!;
  const tenantId = learner.id;
  const owned = (id: string, created: Date, updated: Date = created) => ({
    id,
    created_at: created,
    updated_at: updated,
    tenant_id: tenantId,
  });
  const { theme, criteria } = PAIR_THEMES[Math.floor(mentor.index / 2) % PAIR_THEMES.length];
  const chosen = criteria.map((ref) => network.library[ref]);

  batch.add('city_strength', {
    id: mentor.ids.next(),
    created_at: cal.at(-400, 10),
    updated_at: cal.at(-400, 10),
    tenant_id: mentor.id,
    theme,
    description: strengthOf(theme),
  });
  const needs = needsOf(theme);
  batch.add('needs_assessment', {
    ...owned(ids.next(), cal.at(-390, 10)),
    theme,
    situation: needs.situation,
    difficulties: needs.difficulties,
    priorities: needs.priorities,
    priority: needs.priority,
    updated_by_id: learner.coordinator.userId,
  });

  const partnershipId = ids.next();
  const learnerAccepted = cal.at(-315, 15);
  batch.add('partnership', {
    ...owned(partnershipId, cal.at(-320, 10), learnerAccepted),
    mentor_tenant_id: mentor.id,
    theme,
    purpose: `${mentor.name} accompagne ${learner.name} : un plan d’action sur le thème choisi, revu à chaque visite d’étude.`,
    starts_on: cal.date(-310),
    ends_on: cal.date(400),
    status: 'active',
    proposed_by_id: network.operatorId,
    mentor_accepted_at: cal.at(-317, 11),
    learner_accepted_at: learnerAccepted,
    closed_at: null,
  });
  batch.add('partnership_member', {
    id: mentor.ids.next(),
    created_at: cal.at(-316, 11),
    updated_at: cal.at(-316, 11),
    tenant_id: mentor.id,
    partnership_id: partnershipId,
    membership_id: reviewer.membershipId,
    side: 'mentor',
  });
  batch.add('partnership_member', {
    ...owned(ids.next(), cal.at(-314, 11)),
    partnership_id: partnershipId,
    membership_id: author.membershipId,
    side: 'learner',
  });
  for (const criterion of chosen) {
    batch.add('partnership_criterion', {
      ...owned(ids.next(), cal.at(-300, 10)),
      partnership_id: partnershipId,
      criterion_id: criterion.id,
    });
    for (const keyFactorId of criterion.keyFactorIds) {
      batch.add('key_factor_assessment', {
        ...owned(ids.next(), cal.at(-295, 14)),
        partnership_id: partnershipId,
        key_factor_id: keyFactorId,
        score: random.int(1, 5),
        evidence: random.pick([
          'Constat partagé lors de la première visite.',
          'D’après les chiffres de la direction, l’an dernier.',
          'Rien n’existe encore sur ce point.',
          'Un dispositif existe, dans un seul quartier.',
        ]),
        assessed_by_id: author.userId,
      });
    }
    for (const indicatorId of criterion.indicatorIds) {
      const baseline = random.int(0, 50);
      batch.add('indicator_target', {
        ...owned(ids.next(), cal.at(-295, 15)),
        partnership_id: partnershipId,
        indicator_id: indicatorId,
        baseline: `${baseline}.00`,
        target: `${baseline + random.int(10, 50)}.00`,
      });
    }
  }
  const visits = [
    { stage: 'first', host: 'learner', day: -250 },
    { stage: 'second', host: 'mentor', day: -130 },
    { stage: 'third', host: 'learner', day: -20 },
  ];
  for (const visit of visits) {
    batch.add('study_visit', {
      ...owned(ids.next(), cal.at(-300, 11), cal.at(visit.day + 1, 17)),
      partnership_id: partnershipId,
      stage: visit.stage,
      host: visit.host,
      starts_on: cal.date(visit.day),
      ends_on: cal.date(visit.day + 1),
      agenda:
        'Jour 1 : visite des services et rencontre des associations. Jour 2 : revue du plan d’action.',
      participants: [`${mentor.name} — mentorat`, `${learner.name} — plan d’action`],
      outcomes: 'Le plan d’action est revu ; une nouvelle version suivra.',
    });
  }

  // The working plan: six actions at the first visit, a seventh at the second, an eighth at the
  // third, some reworked in between. Each version freezes the plan as it stood (snapshotOf).
  const templates = random.sample(PLAN_ACTIONS, PAIR_VOLUMES.actions);
  type Action = Omit<PlanAction, 'tenantId' | 'createdAt' | 'updatedAt'> & {
    createdAt: Date;
    updatedAt: Date;
  };
  const actions: Action[] = templates.map((template, k) => {
    const criterion = chosen[k % chosen.length];
    const startDay = -200 + k * 20;
    return {
      id: ids.next(),
      partnershipId,
      position: k + 1,
      title: template.title,
      objective: template.objective,
      criterionId: criterion.id,
      keyFactorIds: random.sample(criterion.keyFactorIds, random.int(1, 2)),
      responsibleService: template.service,
      startsOn: cal.date(startDay),
      endsOn: cal.date(startDay + random.int(120, 400)),
      resources: template.resources,
      indicators: template.indicators,
      status: PlanActionStatus.Planned,
      createdAt: cal.at(-240, 10),
      updatedAt: cal.at(-240, 10),
    };
  });
  const versions = [
    {
      stage: 'first',
      submitted: -230,
      count: 6,
      decision: { day: -215, status: 'changes_requested' },
    },
    {
      stage: 'second',
      submitted: -110,
      count: 7,
      decision: { day: -95, status: 'changes_requested' },
    },
    {
      stage: 'third',
      submitted: -15,
      count: 8,
      // Every fourth pair's plan is approved; the others are under review.
      decision: mentor.index % 8 === 0 ? { day: -5, status: 'approved' } : null,
    },
  ];
  const planVersionIds: string[] = [];
  for (const [v, version] of versions.entries()) {
    const written = cal.at(version.submitted - 10, 10);
    if (v > 0) {
      // Reworked before this version: an action under way, another re-planned.
      const moving = actions[v - 1];
      moving.status = PlanActionStatus.InProgress;
      moving.updatedAt = written;
      const replanned = actions[v + 2];
      replanned.endsOn = cal.date(cal.offsetOf(replanned.endsOn) + 60);
      replanned.resources = `${replanned.resources} Budget revu après la visite.`;
      replanned.updatedAt = written;
      actions[version.count - 1].createdAt = written;
      actions[version.count - 1].updatedAt = written;
    }
    const submittedAt = cal.at(version.submitted, 16);
    const versionId = ids.next();
    planVersionIds.push(versionId);
    const inPlan = actions.slice(0, version.count);
    const decidedAt = version.decision ? cal.at(version.decision.day, 16) : null;
    batch.add('plan_version', {
      ...owned(versionId, submittedAt, decidedAt ?? submittedAt),
      partnership_id: partnershipId,
      number: v + 1,
      stage: version.stage,
      snapshot: inPlan.map((action) => snapshotOf(action as PlanAction)),
      status: version.decision?.status ?? 'submitted',
      submitted_by_id: author.userId,
      decided_at: decidedAt,
    });
    // Threads: the reviewer on the plan and on actions, the learner's author answering.
    const end = version.decision?.day ?? -1;
    let last: string | null = null;
    for (let k = 0; k < PAIR_VOLUMES.commentsPerVersion[v]; k += 1) {
      const side = k % 2 === 0 ? 'mentor' : 'learner';
      const id = ids.next();
      const day = version.submitted + 1 + Math.floor(((end - version.submitted - 1) * k) / 8);
      const at = cal.at(day, 9 + k);
      const action = k % 3 === 0 ? null : random.pick(inPlan);
      batch.add('review_comment', {
        ...owned(id, at),
        partnership_id: partnershipId,
        version_id: versionId,
        action_id: side === 'learner' ? null : (action?.id ?? null),
        parent_id: side === 'learner' ? last : null,
        author_id: side === 'mentor' ? reviewer.userId : author.userId,
        author_side: side,
        body: random.pick(COMMENT_BODIES[side]),
      });
      last = id;
    }
    if (version.decision && decidedAt) {
      batch.add('review_decision', {
        ...owned(ids.next(), decidedAt),
        partnership_id: partnershipId,
        version_id: versionId,
        reviewer_id: reviewer.userId,
        decision: version.decision.status,
        note:
          version.decision.status === 'approved'
            ? 'Un plan solide : bonne mise en œuvre.'
            : 'Une bonne base. Précisez le budget et qui porte chaque action.',
      });
    }
  }
  for (const action of actions) {
    batch.add('plan_action', {
      ...owned(action.id, action.createdAt, action.updatedAt),
      partnership_id: partnershipId,
      position: action.position,
      title: action.title,
      objective: action.objective,
      criterion_id: action.criterionId ?? null,
      key_factor_ids: action.keyFactorIds,
      responsible_service: action.responsibleService,
      starts_on: action.startsOn,
      ends_on: action.endsOn,
      resources: action.resources ?? null,
      indicators: action.indicators ?? null,
      status: action.status,
    });
  }
  return { partnershipId, planVersionIds };
}
