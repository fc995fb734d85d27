import type { Translated } from '@inclusion/i18n';
import type { TemplateDefinition } from '@inclusion/methodology';
import { evaluateEligibility } from '@inclusion/participants';
import { planPhases } from '../../../libs/editions/src/phases/phase-plan';
import type { Batch } from './batch';
import { Calendar } from './calendar';
import { IdFactory, Random } from './random';
import {
  ABANDON_REASONS,
  ACTIVITY_TITLES,
  CITIES,
  COMMITMENT_DESCRIPTIONS,
  COMMITMENT_TEMPLATES,
  COMMITMENT_TITLES,
  DECLINE_REASONS,
  DELAY_REASONS,
  DEPARTMENTS,
  FREE_TEXT_ANSWERS,
  INTERESTS,
  LAB_PROBLEMS,
  LOCAL_FAMILY,
  LOCAL_GIVEN,
  MOTHER_TONGUES,
  NATIONALITIES,
  NEWCOMER_FAMILY,
  NEWCOMER_GIVEN,
  RECOMMENDATIONS,
  UPDATE_NOTES,
  commitmentTitle,
  slugify,
  type CityName,
  type Locale,
} from './vocabulary';

/** What every city is given: the volumes of the performance issue. */
export const VOLUMES = {
  applicationsPerCohort: 20,
  selectedPerCohort: 16,
  activities: 30,
  questionnaires: 2,
  recommendations: 20,
  commitments: 60,
  updatesPerCommitment: 10,
} as const;

export interface DatasetContext {
  seed: number;
  tenants: number;
  /** YYYY-MM-DD: every date of the dataset is relative to it. */
  today: string;
  /** The one password hash every account shares. */
  passwordHash: string;
  template: { id: string; definition: TemplateDefinition };
}

/** A member of a city: their account, membership and address. */
export interface Person {
  userId: string;
  membershipId: string;
  email: string;
}

export interface CityInfo {
  index: number;
  id: string;
  slug: string;
  name: string;
  locale: Locale;
  coordinator: Person;
  /** A member the pair names: the mentor city's reviewer or the learner city's plan author. */
  pairPerson: Person | null;
  editionId: string;
  commitmentIds: string[];
  /** The city's id stream; its mentoring pair, when it is the learner, goes on with it. */
  ids: IdFactory;
}

const STATUS_OF_PROGRESS = (progress: number) =>
  progress === 0 ? 'not_started' : progress === 100 ? 'done' : 'in_progress';

const SPOKEN: Record<string, string> = {
  IT: 'it',
  ES: 'es',
  DE: 'de',
  AT: 'de',
  NL: 'nl',
  BE: 'nl',
  PT: 'pt',
  GR: 'el',
  PL: 'pl',
  SE: 'sv',
  FI: 'fi',
};

const cityTitle = (place: CityName): string =>
  place.locale === 'fr'
    ? place.kind === 'metropolis'
      ? `${place.name} Métropole`
      : `Ville de ${place.name}`
    : `City of ${place.name}`;

/** The mentor is the city of even index, the learner the next one (if there is one). */
export const hasPair = (index: number, tenants: number): boolean =>
  index % 2 === 1 || index + 1 < tenants;

/**
 * One city as the application would hold it after running a Resilient Cities edition up to its
 * follow-up: its people, edition and phases, cohorts, activities and attendance, questionnaires,
 * recommendations and the city's answers, commitments and their history.
 */
export function generateCity(ctx: DatasetContext, index: number, batch: Batch): CityInfo {
  const random = new Random(ctx.seed, 1, index);
  const ids = new IdFactory(new Random(ctx.seed, 2, index), index + 1);
  const cal = new Calendar(ctx.today);
  const place = CITIES[index % CITIES.length];
  const cycle = Math.floor(index / CITIES.length);
  const slug = `${slugify(place.name)}-${String(index + 1).padStart(4, '0')}`;
  const name = `${cityTitle(place)}${cycle ? ` ${cycle + 1}` : ''}`;
  const domain = `${slug}.bench.invalid`;
  const L = place.locale;
  const tenantId = ids.next();
  const owned = (id: string, created: Date, updated: Date = created) => ({
    id,
    created_at: created,
    updated_at: updated,
    tenant_id: tenantId,
  });

  // The edition started 78 to 85 weeks ago: its follow-up phase is under way.
  const weeks = random.int(78, 85);
  const start = cal.date(-weeks * 7);
  const startOffset = cal.offsetOf(start);
  const onboarded = startOffset - random.int(40, 90);

  batch.add('tenant', {
    id: tenantId,
    created_at: cal.at(onboarded, 10),
    // Active once its first coordinator accepted the invitation.
    updated_at: cal.at(onboarded + 2, 11),
    name,
    slug,
    country: place.country,
    kind: place.kind,
    default_locale: L,
    time_zone: place.timeZone,
    status: 'active',
    archived_at: null,
  });

  const staff = (local: string, displayName: string, roles: string[], day: number): Person => {
    const person = { userId: ids.next(), membershipId: ids.next(), email: `${local}@${domain}` };
    const signedIn = cal.at(-random.int(1, 6), 8, random.int(0, 59));
    batch.add('app_user', {
      id: person.userId,
      created_at: cal.at(day, 10),
      updated_at: signedIn,
      email: person.email,
      display_name: displayName,
      password_hash: ctx.passwordHash,
      locale: L,
      platform_role: null,
      status: 'active',
      last_sign_in_at: signedIn,
    });
    batch.add('membership', {
      ...owned(person.membershipId, cal.at(day, 10)),
      user_id: person.userId,
      roles,
      status: 'active',
    });
    return person;
  };
  const coordinator = staff(
    'coordination',
    `Coordination ${place.name}`,
    ['coordinator'],
    onboarded + 2,
  );
  const facilitator = staff(
    'animation',
    `${random.pick(LOCAL_GIVEN)} ${random.pick(LOCAL_FAMILY)}`,
    ['facilitator'],
    startOffset - 10,
  );
  const pairPerson = hasPair(index, ctx.tenants)
    ? index % 2 === 0
      ? staff(
          'mentorat',
          `${random.pick(LOCAL_GIVEN)} ${random.pick(LOCAL_FAMILY)} (mentorat)`,
          ['observer'],
          -330,
        )
      : staff(
          'plan-action',
          `${random.pick(LOCAL_GIVEN)} ${random.pick(LOCAL_FAMILY)} (plan d’action)`,
          ['observer'],
          -330,
        )
    : null;

  // The edition, its phases planned from the template as EditionService.create does, then
  // brought to where its plan says it is today (as the demo's seedEdition does).
  const definition = ctx.template.definition;
  const editionId = ids.next();
  const editionCreated = cal.at(startOffset - 21, 10);
  const planned = planPhases(start, definition.phases);
  const today = ctx.today;
  const phaseStatus = (p: (typeof planned)[number]) =>
    p.plannedEnd < today ? 'done' : p.plannedStart <= today ? 'active' : 'planned';
  const statuses = planned.map(phaseStatus);
  batch.add('edition', {
    ...owned(editionId, editionCreated, cal.at(startOffset, 9)),
    name:
      L === 'fr'
        ? `Villes résilientes — édition ${start.slice(0, 4)}`
        : `Resilient Cities — ${start.slice(0, 4)} edition`,
    template_version_id: ctx.template.id,
    start_date: start,
    status: statuses.every((s) => s === 'done')
      ? 'completed'
      : statuses.some((s) => s !== 'planned')
        ? 'running'
        : 'planned',
    calendar_token_hash: null,
  });
  const phases = new Map<string, { id: string; start: number; end: number }>();
  for (const [position, plannedPhase] of planned.entries()) {
    const phaseDefinition = definition.phases.find((p) => p.key === plannedPhase.key)!;
    const status = statuses[position];
    const phaseId = ids.next();
    const startDay = cal.offsetOf(plannedPhase.plannedStart);
    const endDay = cal.offsetOf(plannedPhase.plannedEnd);
    phases.set(plannedPhase.key, { id: phaseId, start: startDay, end: endDay });
    batch.add('edition_phase', {
      ...owned(
        phaseId,
        editionCreated,
        status === 'done'
          ? cal.at(endDay, 17)
          : status === 'active'
            ? cal.at(startDay, 9)
            : editionCreated,
      ),
      edition_id: editionId,
      key: phaseDefinition.key,
      position: phaseDefinition.order,
      name: phaseDefinition.name,
      description: phaseDefinition.description,
      planned_start: plannedPhase.plannedStart,
      planned_end: plannedPhase.plannedEnd,
      actual_start: status === 'planned' ? null : plannedPhase.plannedStart,
      actual_end: status === 'done' ? plannedPhase.plannedEnd : null,
      status,
      skip_reason: null,
    });
    for (const [rank, deliverable] of phaseDefinition.deliverables.entries()) {
      // Past phases have their checklist ticked; the current one its first item.
      const doneAt =
        status === 'done'
          ? cal.at(endDay, 16, rank * 5)
          : status === 'active' && rank === 0
            ? cal.at(-random.int(5, 20), 16)
            : null;
      batch.add('phase_deliverable', {
        ...owned(ids.next(), editionCreated, doneAt ?? editionCreated),
        phase_id: phaseId,
        key: deliverable.key,
        label: deliverable.label,
        mandatory: deliverable.mandatory,
        done_at: doneAt,
        done_by_id: doneAt ? coordinator.userId : null,
        evidence_url: null,
        evidence_note: doneAt
          ? L === 'fr'
            ? 'Validé en comité de pilotage.'
            : 'Approved by the steering committee.'
          : null,
      });
    }
  }
  const phase = (key: string) => phases.get(key)!;
  batch.add('edition_facilitator', {
    ...owned(ids.next(), cal.at(startOffset - 10, 11)),
    edition_id: editionId,
    membership_id: facilitator.membershipId,
  });

  // Recruitment: a published call per cohort, applications with their profiles and the
  // decisions on them; the selected were invited and joined with their cohort's role.
  const sourcing = phase('sourcing_selection');
  const callOpens = sourcing.start;
  const callCloses = sourcing.start + 24;
  const rules = { minimumLevel: { level: 'b1', languages: ['fr', 'en'] } };
  const purpose = {
    fr: 'Sélection et suivi des cohortes',
    en: 'Selecting and following the cohorts',
  };
  const members: Record<'newcomers' | 'public_actors', Person[]> = {
    newcomers: [],
    public_actors: [],
  };
  const respondents: { key: string; cohort: string }[] = [];
  for (const cohort of ['newcomers', 'public_actors'] as const) {
    const newcomer = cohort === 'newcomers';
    const callId = ids.next();
    batch.add('participant_call', {
      ...owned(callId, cal.at(callOpens - 7, 10), cal.at(callOpens, 9)),
      edition_id: editionId,
      cohort,
      title: newcomer
        ? { fr: 'Personnes nouvellement arrivées', en: 'Newcomers' }
        : { fr: 'Acteurs publics locaux', en: 'Local public actors' },
      description: {
        fr: `Rejoignez la cohorte de ${place.name} : formation, Policy Labs, recommandations.`,
        en: `Join the ${place.name} cohort: training, Policy Labs, recommendations.`,
      },
      opens_on: cal.date(callOpens),
      closes_on: cal.date(callCloses),
      target: 15,
      eligibility: rules,
      privacy_policy_version: '2025-01',
      processing_purpose: purpose,
      published_at: cal.at(callOpens, 9),
    });
    for (let i = 0; i < VOLUMES.applicationsPerCohort; i += 1) {
      const given = random.pick(newcomer ? NEWCOMER_GIVEN : LOCAL_GIVEN);
      const family = random.pick(newcomer ? NEWCOMER_FAMILY : LOCAL_FAMILY);
      const locale: Locale = newcomer ? (random.chance(0.75) ? L : L === 'fr' ? 'en' : 'fr') : L;
      const ineligible = newcomer && i === 18;
      const languages = newcomer
        ? [
            { language: random.pick(MOTHER_TONGUES), level: 'native' },
            {
              language: 'fr',
              level: ineligible ? 'a2' : random.pick(['b1', 'b1', 'b2', 'c1']),
            },
            ...(!ineligible && random.chance(0.5) ? [{ language: 'en', level: 'b2' }] : []),
          ]
        : L === 'fr'
          ? [{ language: 'fr', level: 'native' }]
          : place.country === 'IE'
            ? [{ language: 'en', level: 'native' }]
            : [
                { language: SPOKEN[place.country] ?? 'en', level: 'native' },
                { language: 'en', level: 'b2' },
              ];
      const eligibility = evaluateEligibility(rules as Parameters<typeof evaluateEligibility>[0], {
        cityOfResidence: place.name,
        languages: languages as Parameters<typeof evaluateEligibility>[1]['languages'],
      });
      const outcome =
        i < VOLUMES.selectedPerCohort
          ? 'selected'
          : ineligible
            ? 'ineligible'
            : (['waitlisted', 'declined', 'declined', 'withdrawn'] as const)[i - 16];
      const applicationId = ids.next();
      const applied = cal.at(callOpens + random.int(0, 23), random.int(7, 22), random.int(0, 59));
      const decided = cal.at(callCloses + 4, 10, i * 2);
      const email = `${slugify(given)}.${slugify(family)}.${cohort[0]}${i}@${domain}`;
      let person: Person | null = null;
      if (outcome === 'selected') {
        // Invited on selection (ApplicationService.enrol), joined a few days later.
        const accepted = cal.at(callCloses + 4 + random.int(1, 6), random.int(8, 21));
        const signedIn = random.chance(0.4) ? cal.at(-random.int(1, 30), 19) : accepted;
        person = { userId: ids.next(), membershipId: ids.next(), email };
        const roles = [newcomer ? 'newcomer' : 'local_actor'];
        batch.add('app_user', {
          id: person.userId,
          created_at: decided,
          updated_at: signedIn,
          email,
          display_name: `${given} ${family}`,
          password_hash: ctx.passwordHash,
          locale,
          platform_role: null,
          status: 'active',
          last_sign_in_at: signedIn,
        });
        batch.add('membership', {
          ...owned(person.membershipId, decided, accepted),
          user_id: person.userId,
          roles,
          status: 'active',
        });
        batch.add('invitation', {
          ...owned(ids.next(), decided, accepted),
          membership_id: person.membershipId,
          email,
          roles,
          invited_by_id: coordinator.userId,
          token_hash: random.hex(32),
          expires_at: Calendar.plusDays(decided, 14),
          accepted_at: accepted,
          revoked_at: null,
        });
        members[cohort].push(person);
      }
      const respondentKey = ids.next();
      if (person) respondents.push({ key: respondentKey, cohort });
      batch.add('application', {
        ...owned(applicationId, applied, outcome === 'ineligible' ? applied : decided),
        call_id: callId,
        edition_id: editionId,
        cohort,
        status: outcome,
        given_name: given,
        family_name: family,
        email,
        phone: random.chance(0.5)
          ? `+33 6 ${String(random.int(10, 99))} ${String(random.int(10, 99))} ${String(random.int(10, 99))} ${String(random.int(10, 99))}`
          : null,
        city_of_residence: place.name,
        languages,
        motivation: newcomer
          ? 'Faire entendre la voix des personnes exilées dans la ville.'
          : 'Mieux accueillir les habitants et habitantes nouvellement arrivés.',
        availability: random.chance(0.5) ? 'Soirs et week-ends' : null,
        interests: random.sample(INTERESTS, random.int(0, 3)),
        gender: newcomer
          ? random.pick(['woman', 'man', 'woman', 'man', 'non_binary', 'self_described'])
          : null,
        age_band: newcomer
          ? random.pick(['age_18_25', 'age_26_35', 'age_26_35', 'age_36_50', 'age_51_65'])
          : null,
        nationality: newcomer ? NATIONALITIES[(i * 7 + index) % NATIONALITIES.length] : null,
        administrative_status: newcomer
          ? random.pick([
              'refugee',
              'refugee',
              'asylum_seeker',
              'asylum_seeker',
              'resident',
              'stateless',
              'student_visa',
              'family_visa',
            ])
          : null,
        schooling: newcomer ? random.pick(['secondary', 'higher', 'vocational', 'primary']) : null,
        organisation: newcomer
          ? null
          : random.chance(0.75)
            ? name
            : 'Association d’accueil des personnes exilées',
        department: newcomer ? null : random.pick(DEPARTMENTS[L]),
        position: newcomer
          ? null
          : random.pick(['agent', 'agent', 'agent', 'elected_official', 'association_staff']),
        locale,
        consent_policy_version: '2025-01',
        consent_purpose: purpose[locale],
        consented_at: applied,
        eligibility,
        membership_id: person?.membershipId ?? null,
        person_id: person?.userId ?? null,
        respondent_key: respondentKey,
      });
      // The public form's two automatic steps, then the coordinator's decision with its reason.
      const first = eligibility.eligible ? 'eligible' : 'ineligible';
      const decision = (
        from: string | null,
        to: string,
        by: string | null,
        reason: string | null,
        at: Date,
      ) =>
        batch.add('application_decision', {
          ...owned(ids.next(), at),
          application_id: applicationId,
          from_status: from,
          to_status: to,
          decided_by_id: by,
          reason,
          decided_at: at,
        });
      decision(null, 'applied', null, null, applied);
      decision('applied', first, null, null, applied);
      if (outcome !== 'ineligible') {
        const reasons: Record<string, string> = {
          selected: 'Motivation et disponibilité sur toute la durée du programme.',
          waitlisted: 'Liste d’attente : cohorte complète.',
          declined: 'Profil déjà bien représenté dans la cohorte.',
          withdrawn: 'A retiré sa candidature par courriel.',
        };
        decision('eligible', outcome, coordinator.userId, reasons[outcome], decided);
      }
    }
  }
  const participants = [...members.newcomers, ...members.public_actors];

  // Thirty activities over the edition's calendar, with registrations, and attendance for those
  // that took place.
  const training = phase('dual_track_training');
  const labs = phase('policy_labs');
  const recommendationsPhase = phase('recommendations');
  const restitution = phase('public_restitutions');
  const followUp = phase('follow_up');
  const activityCreated = (day: number) => cal.at(Math.min(day - 14, -1), 11);
  interface Scheduled {
    id: string;
    day: number;
    startsAt: Date;
    duration: number;
  }
  const schedule = (
    spec: {
      phase: { id: string };
      kind: string;
      track?: string | null;
      title: string;
      day: number;
      hour: number;
      duration: number;
      capacity?: number | null;
      interpretation?: string[];
      labId?: string;
      labStep?: string;
    },
    stage = 0,
  ): Scheduled => {
    const id = ids.next();
    const startsAt = cal.at(spec.day, spec.hour);
    const online = random.chance(0.1);
    batch.add(
      'activity',
      {
        ...owned(id, activityCreated(spec.day)),
        edition_id: editionId,
        phase_id: spec.phase.id,
        kind: spec.kind,
        track: spec.track ?? null,
        title: spec.title,
        description: null,
        starts_at: startsAt,
        duration_minutes: spec.duration,
        place: online
          ? null
          : L === 'fr'
            ? `Hôtel de ville — salle ${random.int(1, 8)}`
            : `Town hall — room ${random.int(1, 8)}`,
        online_url: online ? `https://visio.${domain}/${id.slice(-8)}` : null,
        languages: L === 'fr' ? ['fr'] : ['en'],
        interpretation_languages: spec.interpretation ?? [],
        facilitator_ids: [facilitator.membershipId],
        capacity: spec.capacity ?? null,
        cancelled_at: null,
        policy_lab_id: spec.labId ?? null,
        lab_step: spec.labStep ?? null,
      },
      stage,
    );
    return { id, day: spec.day, startsAt, duration: spec.duration };
  };
  const register = (activity: Scheduled, people: Person[], attendance: number) => {
    const past = activity.day < 0;
    for (const person of people) {
      const came = past ? random.chance(attendance) : null;
      const registered = cal.at(Math.min(activity.day - random.int(2, 20), -1), random.int(8, 21));
      const recorded = Calendar.plusDays(activity.startsAt, 0.5);
      batch.add('activity_registration', {
        ...owned(ids.next(), registered, past ? recorded : registered),
        activity_id: activity.id,
        membership_id: person.membershipId,
        cancelled_at: null,
        attended: came,
        attended_minutes:
          came === null
            ? null
            : came
              ? random.chance(0.1)
                ? random.int(activity.duration / 2, activity.duration - 10)
                : activity.duration
              : 0,
        reminder_sent_at: past ? Calendar.plusDays(activity.startsAt, -1) : null,
      });
    }
  };
  const t = (fr: string, en: string) => (L === 'fr' ? fr : en);

  schedule({
    phase: phase('preparation_diagnostic'),
    kind: 'framing_session',
    title: t('Comité de pilotage de lancement', 'Launch steering committee'),
    day: startOffset + 10,
    hour: 9,
    duration: 120,
  });
  const tracks = ['newcomers', 'public_actors'] as const;
  for (let k = 0; k < 12; k += 1) {
    const track = k < 10 ? tracks[k % 2] : 'joint';
    const n = Math.floor(k / 2);
    const title =
      track === 'joint'
        ? t(`Dialogue croisé ${k - 9}/2`, `Cross-dialogue ${k - 9}/2`)
        : `${t('Formation', 'Training')} — ${ACTIVITY_TITLES[track][L][n]}`;
    const session = schedule({
      phase: training,
      kind: 'training_session',
      track,
      title,
      day: training.start + 7 * k + 1,
      hour: 16,
      duration: 120,
      capacity: track === 'joint' ? 40 : 25,
      interpretation: track === 'public_actors' ? [] : random.sample(['ar', 'fa', 'ti', 'uk'], 2),
    });
    register(session, track === 'joint' ? participants : members[track], 0.88);
  }
  for (const [day, where] of [
    [training.start + 91, training],
    [labs.start + 60, labs],
  ] as const) {
    const event = schedule({
      phase: where,
      kind: 'networking_event',
      title: t('Rencontre des deux cohortes', 'Both cohorts meet'),
      day,
      hour: 17,
      duration: 120,
    });
    register(event, random.sample(participants, 20), 0.8);
  }
  const framing = schedule({
    phase: labs,
    kind: 'framing_session',
    title: t('Séance de cadrage des Policy Labs', 'Policy Labs framing session'),
    day: labs.start + 3,
    hour: 9,
    duration: 180,
  });
  register(framing, participants, 0.85);
  const labId = ids.next();
  const lab = LAB_PROBLEMS[index % LAB_PROBLEMS.length];
  batch.add('policy_lab', {
    ...owned(labId, cal.at(labs.start + 3, 13), cal.at(labs.start + 100, 17)),
    edition_id: editionId,
    title: lab.title,
    problem: lab.problem,
    framing_session_id: framing.id,
    current_step: 'test',
  });
  const steps = ['shared_diagnosis', 'ideation', 'prototyping', 'test'];
  for (let k = 0; k < 8; k += 1) {
    const workshop = schedule(
      {
        phase: labs,
        kind: 'policy_lab_workshop',
        title: `Policy Lab — ${t('atelier', 'workshop')} ${k + 1}`,
        day: labs.start + 14 + 14 * k,
        hour: 9,
        duration: 240,
        capacity: 40,
        interpretation: ['ar'],
        labId,
        labStep: steps[Math.floor(k / 2)],
      },
      1,
    );
    register(workshop, participants, 0.8);
  }
  const writing = schedule(
    {
      phase: recommendationsPhase,
      kind: 'policy_lab_workshop',
      title: t('Écriture des recommandations', 'Writing the recommendations'),
      day: recommendationsPhase.start + 7,
      hour: 9,
      duration: 240,
      labId,
      labStep: 'test',
    },
    1,
  );
  register(writing, participants, 0.85);
  const restitutionEvent = schedule({
    phase: restitution,
    kind: 'public_restitution',
    title: t('Restitution publique', 'Public restitution'),
    day: restitution.start + 10,
    hour: 17,
    duration: 180,
  });
  register(restitutionEvent, participants, 0.7);
  // Follow-up meetings: two held, two coming (the coordinator's "what's next").
  for (const day of [-45, -15, 9, 23]) {
    const meeting = schedule({
      phase: followUp,
      kind: 'other',
      title: t('Comité de suivi des engagements', 'Commitments follow-up committee'),
      day,
      hour: 16,
      duration: 90,
    });
    register(meeting, random.sample(participants, 8), 0.9);
  }

  // Questionnaires before and after the training, for both cohorts, answered under each
  // participant's respondent key.
  const scale = {
    lowest: { fr: 'Pas du tout', en: 'Not at all' },
    highest: { fr: 'Tout à fait', en: 'Completely' },
  };
  const likertItems: [string, Translated][] = [
    [
      'public_speaking_ease',
      {
        fr: 'Je suis à l’aise pour prendre la parole en public.',
        en: 'I feel at ease speaking in public.',
      },
    ],
    [
      'helping_others_with_institutions',
      {
        fr: 'Je me sens capable d’aider d’autres personnes dans leurs démarches avec les institutions.',
        en: 'I feel able to help others deal with institutions.',
      },
    ],
    [
      'understanding_exiles_realities',
      {
        fr: 'Je comprends les réalités des personnes exilées.',
        en: 'I understand the realities of exiled people.',
      },
    ],
  ];
  let preId: string | null = null;
  for (const moment of ['pre', 'post'] as const) {
    const opens = moment === 'pre' ? training.start : training.end - 7;
    const closes = opens + (moment === 'pre' ? 10 : 14);
    const questionnaireId = ids.next();
    batch.add('questionnaire', {
      ...owned(questionnaireId, cal.at(opens - 7, 10), cal.at(closes + 1, 9)),
      edition_id: editionId,
      title:
        moment === 'pre'
          ? { fr: 'Avant la formation', en: 'Before the training' }
          : { fr: 'Après la formation', en: 'After the training' },
      cohort: null,
      moment,
      paired_with_id: moment === 'post' ? preId : null,
      opens_on: cal.date(opens),
      closes_on: cal.date(closes),
      status: 'closed',
      created_by_id: coordinator.userId,
    });
    const items: [string, Translated][] =
      moment === 'post'
        ? [
            ...likertItems,
            [
              'what_changed',
              { fr: 'Qu’est-ce qui a changé pour vous ?', en: 'What changed for you?' },
            ],
          ]
        : likertItems;
    for (const [position, [key, prompt]] of items.entries()) {
      batch.add('questionnaire_item', {
        ...owned(ids.next(), cal.at(opens - 7, 10)),
        questionnaire_id: questionnaireId,
        key,
        position,
        kind: key === 'what_changed' ? 'free_text' : 'likert',
        prompt,
        options: null,
        scale: key === 'what_changed' ? null : scale,
      });
    }
    for (const respondent of respondents) {
      if (!random.chance(moment === 'pre' ? 0.95 : 0.85)) continue;
      const responseId = ids.next();
      const answeredAt = cal.at(opens + random.int(0, closes - opens - 1), random.int(8, 22));
      batch.add('questionnaire_response', {
        ...owned(responseId, answeredAt),
        questionnaire_id: questionnaireId,
        edition_id: editionId,
        respondent_key: respondent.key,
        cohort: respondent.cohort,
      });
      // Before: rather low. After: mostly "agree", near the pilot's 85 %, 90 % and 88 %.
      const agreeing = (share: number) =>
        random.chance(share) ? random.int(4, 5) : random.int(2, 3);
      const values: Record<string, number> =
        moment === 'pre'
          ? {
              public_speaking_ease: random.int(1, 3),
              helping_others_with_institutions: random.int(1, 3),
              understanding_exiles_realities: random.int(2, 3),
            }
          : {
              public_speaking_ease: agreeing(0.85),
              helping_others_with_institutions: agreeing(0.9),
              understanding_exiles_realities: agreeing(0.88),
            };
      for (const [itemKey, likert] of Object.entries(values)) {
        batch.add('questionnaire_answer', {
          ...owned(ids.next(), answeredAt),
          response_id: responseId,
          item_key: itemKey,
          likert,
          choices: null,
          text: null,
        });
      }
      if (moment === 'post' && random.chance(0.3)) {
        batch.add('questionnaire_answer', {
          ...owned(ids.next(), answeredAt),
          response_id: responseId,
          item_key: 'what_changed',
          likert: null,
          choices: null,
          text: random.pick(FREE_TEXT_ANSWERS),
        });
      }
    }
    preId = questionnaireId;
  }

  // Twenty recommendations: sixteen submitted to the city and answered (fourteen accepted,
  // wholly or partly), the others on their way.
  const texts = random.sample(RECOMMENDATIONS, VOLUMES.recommendations);
  const submittedDay = restitution.start + 10;
  const accepted: { id: string; answeredDay: number }[] = [];
  for (const [r, text] of texts.entries()) {
    const recommendationId = ids.next();
    const status = r < 16 ? 'submitted' : r < 18 ? 'presented' : r < 19 ? 'adopted' : 'draft';
    const created = cal.at(recommendationsPhase.start + random.int(0, 20), 14);
    const submittedAt =
      status === 'submitted' ? cal.at(submittedDay + random.int(0, 10), 10) : null;
    const answers: { decision: string; day: number; reason: string | null }[] = [];
    if (submittedAt) {
      const day = cal.offsetOf(Calendar.dateOf(submittedAt)) + random.int(20, 40);
      if (r < 14) {
        if (r % 4 === 0) answers.push({ decision: 'under_study', day: day - 10, reason: null });
        answers.push({ decision: r < 12 ? 'accepted' : 'partly_accepted', day, reason: null });
        accepted.push({ id: recommendationId, answeredDay: day });
      } else {
        answers.push(
          r === 14
            ? { decision: 'declined', day, reason: random.pick(DECLINE_REASONS[L]) }
            : { decision: 'under_study', day, reason: null },
        );
      }
    }
    const latest = answers.at(-1);
    batch.add('recommendation', {
      ...owned(
        recommendationId,
        created,
        latest ? cal.at(latest.day, 11) : (submittedAt ?? created),
      ),
      edition_id: editionId,
      policy_lab_id: random.chance(0.6) ? labId : null,
      external_id: `R${String(r + 1).padStart(2, '0')}`,
      title: text.title,
      body: text.body,
      theme: text.theme,
      local_theme: text.localTheme,
      status,
      submitted_at: submittedAt,
      answer: latest?.decision ?? null,
      answered_on: latest ? cal.date(latest.day) : null,
      created_by_id: coordinator.userId,
    });
    for (const author of random.sample(participants, random.int(2, 4))) {
      batch.add('recommendation_coauthor', {
        ...owned(ids.next(), created),
        recommendation_id: recommendationId,
        membership_id: author.membershipId,
      });
    }
    for (const answer of answers) {
      batch.add('recommendation_answer', {
        ...owned(ids.next(), cal.at(answer.day, 11)),
        recommendation_id: recommendationId,
        decision: answer.decision,
        reason: answer.reason,
        answered_on: cal.date(answer.day),
        answered_by_id: coordinator.userId,
      });
    }
  }

  // Sixty commitments answering the accepted recommendations, each with ten entries of history;
  // the commitment keeps the latest (ProgressService). Owners are the coordinator and city staff
  // of the local actors' cohort.
  const owners = [coordinator, ...members.public_actors.slice(0, 8)];
  const commitmentIds: string[] = [];
  for (let c = 0; c < VOLUMES.commitments; c += 1) {
    const recommendation = accepted[c % accepted.length];
    const commitmentId = ids.next();
    commitmentIds.push(commitmentId);
    const owner = random.pick(owners);
    const fate = random.weighted([
      ['in_progress', 60],
      ['done', 15],
      ['delayed', 10],
      ['not_started', 10],
      ['abandoned', 5],
    ] as const);
    const createdDay = Math.min(recommendation.answeredDay + random.int(2, 25), -30);
    // A fifth of the open ones have not been updated for over sixty days: stale.
    const open = fate !== 'done' && fate !== 'abandoned';
    const staleDay = -random.int(62, 100);
    const lastDay =
      open && random.chance(0.2) && staleDay - createdDay >= 5
        ? staleDay
        : -random.int(1, Math.min(55, -createdDay - 3));
    const first = cal.at(createdDay, 9, random.int(0, 59));
    const last = cal.at(lastDay, random.int(10, 18), random.int(0, 59));
    const finalProgress = {
      done: 100,
      not_started: 0,
      abandoned: random.int(0, 40),
      delayed: random.int(10, 70),
      in_progress: random.int(10, 90),
    }[fate];
    // The first entry is the commitment as it was made (ProgressService.start), the last one
    // what it stands at; in between, progress only grows, and stays under 100 until it is done.
    const n = VOLUMES.updatesPerCommitment;
    const values = [
      0,
      ...Array.from({ length: n - 2 }, () => Math.min(random.int(0, finalProgress), 99)).sort(
        (a, b) => a - b,
      ),
      finalProgress,
    ];
    const step = (last.getTime() - first.getTime()) / (n - 1);
    const entries = values.map((value, k) => {
      const at =
        k === 0
          ? first
          : k === n - 1
            ? last
            : new Date(first.getTime() + Math.round(step * (k + (random.next() - 0.5) * 0.4)));
      const status =
        k === n - 1 && (fate === 'done' || fate === 'abandoned')
          ? fate
          : fate === 'delayed' && k >= n - 3
            ? 'delayed'
            : STATUS_OF_PROGRESS(value);
      return { at, value, status };
    });
    const latest = entries[n - 1];
    const reason =
      fate === 'abandoned'
        ? random.pick(ABANDON_REASONS[L])
        : fate === 'delayed'
          ? random.pick(DELAY_REASONS[L])
          : null;
    const published = random.chance(0.4) ? Calendar.plusDays(first, 7) : null;
    const due = createdDay + random.int(60, 420);
    const title =
      c < COMMITMENT_TITLES.length && random.chance(0.3)
        ? COMMITMENT_TITLES[c]
        : commitmentTitle(
            c % COMMITMENT_TEMPLATES,
            Math.floor(c / COMMITMENT_TEMPLATES) + index,
            random.int(3, 30),
          );
    batch.add('commitment', {
      ...owned(commitmentId, first, published && published > latest.at ? published : latest.at),
      recommendation_id: recommendation.id,
      parent_id: null,
      external_id: `C${String(c + 1).padStart(3, '0')}`,
      title,
      description: random.chance(0.5) ? random.pick(COMMITMENT_DESCRIPTIONS) : null,
      department: random.pick(DEPARTMENTS[L]),
      owner_id: owner.userId,
      start_date: cal.date(createdDay),
      due_date: cal.date(due),
      status: latest.status,
      status_reason: reason,
      progress: latest.value,
      weight: 1,
      published_at: published,
      last_update_at: latest.at,
      created_by_id: coordinator.userId,
      source_action_id: null,
    });
    for (const [k, entry] of entries.entries()) {
      batch.add('commitment_update', {
        ...owned(ids.next(), entry.at),
        commitment_id: commitmentId,
        author_id:
          k === 0 ? coordinator.userId : random.chance(0.7) ? owner.userId : coordinator.userId,
        progress: entry.value,
        status: entry.status,
        note: k === 0 ? null : random.pick(UPDATE_NOTES[L]),
        evidence:
          k > 0 && random.chance(0.2)
            ? [`https://www.${domain}/suivi/c${String(c + 1).padStart(3, '0')}-${k}`]
            : [],
        rolled_up: false,
      });
    }
  }

  // A city that changed its follow-up settings (the others keep the defaults, with no row).
  if (index % 5 === 4) {
    batch.add('follow_up_settings', {
      ...owned(ids.next(), cal.at(followUp.start + 3, 10)),
      stale_after_days: 45,
      due_soon_days: 21,
    });
  }

  return {
    index,
    id: tenantId,
    slug,
    name,
    locale: L,
    coordinator,
    pairPerson,
    editionId,
    commitmentIds: commitmentIds.slice(0, 5),
    ids,
  };
}
