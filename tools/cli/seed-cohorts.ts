import type { EntityManager } from '@mikro-orm/postgresql';
import type { Edition } from '@inclusion/editions';
import {
  ItemKind,
  Questionnaire,
  QuestionnaireAnswer,
  QuestionnaireItem,
  QuestionnaireMoment,
  QuestionnaireResponse,
  QuestionnaireStatus,
} from '@inclusion/evaluation';
import {
  AdministrativeStatus,
  AgeBand,
  Application,
  ApplicationStatus,
  Cohort,
  Gender,
  LanguageLevel,
  ParticipantCall,
  Schooling,
} from '@inclusion/participants';

/** Invented people with a plausible spread; a seeded generator makes every run alike. */
function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] };
}

const GIVEN = [
  'Amina',
  'Samir',
  'Olena',
  'Mamadou',
  'Fatima',
  'Yonas',
  'Lina',
  'Ahmad',
  'Mariam',
  'Dawit',
  'Zainab',
  'Omar',
  'Nadia',
  'Hamid',
  'Aïcha',
  'Ivan',
  'Sara',
  'Bilal',
  'Hawa',
  'Karim',
];
const FAMILY = [
  'Haddad',
  'Diallo',
  'Kovalenko',
  'Tesfaye',
  'Rahimi',
  'Nasser',
  'Camara',
  'Bakari',
  'Hussein',
  'Petrenko',
  'Mensah',
  'Yousef',
  'Keita',
  'Alemu',
  'Karimi',
  'Traoré',
  'Sow',
  'Abebe',
];
const LOCAL = ['Martin', 'Bernard', 'Dubois', 'Moreau', 'Laurent', 'Simon', 'Michel', 'Garcia'];
/** Twenty nationalities, as in the pilot. */
const NATIONALITIES = [
  'SY',
  'AF',
  'ER',
  'SD',
  'UA',
  'GN',
  'CI',
  'ML',
  'SN',
  'CD',
  'CM',
  'ET',
  'IQ',
  'IR',
  'DZ',
  'MA',
  'TN',
  'RU',
  'GE',
  'AL',
] as const;
const STATUSES = [
  AdministrativeStatus.Refugee,
  AdministrativeStatus.Refugee,
  AdministrativeStatus.AsylumSeeker,
  AdministrativeStatus.AsylumSeeker,
  AdministrativeStatus.Resident,
  AdministrativeStatus.Stateless,
  AdministrativeStatus.StudentVisa,
  AdministrativeStatus.FamilyVisa,
];
const MOTHER_TONGUES = ['ar', 'fa', 'ti', 'uk', 'ps', 'ff', 'ru', 'am', 'sw', 'ku'];
const SERVICES = [
  'Direction de la jeunesse',
  'Direction de la culture',
  'Service logement',
  'Mission citoyenneté',
  'Cohésion sociale',
  'Centre social',
  'Maison des associations',
];

/**
 * An edition's two cohorts as the pilot had them: calls, applicants (most selected, a few
 * declined or waitlisted), with their profiles; then the questionnaires before and after the
 * training (the latter once `trained`), answered so the indicators land near the pilot's (85 %,
 * 90 %, 88 %). `em` must be in the tenant's scope with `system` on. Does nothing if the edition
 * already has its calls.
 */
export async function seedCohorts(
  em: EntityManager,
  edition: Edition,
  city: string,
  sizes: { newcomers: number; publicActors: number; trained: boolean },
  seed: number,
  coordinatorId: string,
): Promise<void> {
  if (await em.count(ParticipantCall, { edition })) return;
  const random = generator(seed);
  const calls = Object.fromEntries(
    [Cohort.Newcomers, Cohort.PublicActors].map((cohort) => [
      cohort,
      em.create(ParticipantCall, {
        tenantId: edition.tenantId,
        edition,
        cohort,
        title:
          cohort === Cohort.Newcomers
            ? { fr: 'Personnes nouvellement arrivées', en: 'Newcomers' }
            : { fr: 'Acteurs publics locaux', en: 'Local public actors' },
        description: {
          fr: `Rejoignez la cohorte de ${city} : formation, Policy Labs, recommandations.`,
          en: `Join the ${city} cohort: training, Policy Labs, recommendations.`,
        },
        opensOn: edition.startDate,
        closesOn: edition.startDate,
        privacyPolicyVersion: '2024-01',
        processingPurpose: {
          fr: 'Sélection et suivi des cohortes',
          en: 'Selecting and following the cohorts',
        },
        eligibility: { minimumLevel: { level: LanguageLevel.B1, languages: ['fr', 'en'] } },
        publishedAt: new Date(`${edition.startDate}T09:00:00Z`),
      }),
    ]),
  ) as Record<Cohort, ParticipantCall>;

  const people: Application[] = [];
  for (const cohort of [Cohort.Newcomers, Cohort.PublicActors]) {
    const selected = cohort === Cohort.Newcomers ? sizes.newcomers : sizes.publicActors;
    for (let i = 0; i < selected + 3; i += 1) {
      const newcomer = cohort === Cohort.Newcomers;
      const givenName = random.pick(GIVEN);
      const familyName = random.pick(newcomer ? FAMILY : LOCAL);
      const status =
        i < selected
          ? ApplicationStatus.Selected
          : random.pick([ApplicationStatus.Declined, ApplicationStatus.Waitlisted]);
      people.push(
        em.create(Application, {
          tenantId: edition.tenantId,
          call: calls[cohort],
          editionId: edition.id,
          cohort,
          status,
          givenName,
          familyName,
          email: `${givenName}.${familyName}.${seed}.${cohort}.${i}@demo.invalid`
            .normalize('NFD')
            .replace(/\p{Diacritic}/gu, '')
            .toLowerCase(),
          cityOfResidence: city,
          languages: newcomer
            ? [
                { language: random.pick(MOTHER_TONGUES), level: LanguageLevel.Native },
                {
                  language: 'fr',
                  level: random.pick([
                    LanguageLevel.B1,
                    LanguageLevel.B1,
                    LanguageLevel.B2,
                    LanguageLevel.C1,
                  ]),
                },
                ...(random.next() < 0.5 ? [{ language: 'en', level: LanguageLevel.B2 }] : []),
              ]
            : [{ language: 'fr', level: LanguageLevel.Native }],
          motivation: newcomer
            ? 'Faire entendre la voix des personnes exilées dans la ville.'
            : 'Mieux accueillir les habitants et habitantes nouvellement arrivés.',
          gender: newcomer
            ? random.pick([Gender.Woman, Gender.Man, Gender.Woman, Gender.Man, Gender.NonBinary])
            : null,
          ageBand: newcomer
            ? random.pick([
                AgeBand.From18To25,
                AgeBand.From26To35,
                AgeBand.From26To35,
                AgeBand.From36To50,
                AgeBand.From51To65,
              ])
            : null,
          nationality: newcomer
            ? NATIONALITIES[(i * 7 + Math.abs(seed)) % NATIONALITIES.length]
            : null,
          administrativeStatus: newcomer ? random.pick(STATUSES) : null,
          schooling: newcomer
            ? random.pick([
                Schooling.Secondary,
                Schooling.Higher,
                Schooling.Vocational,
                Schooling.Primary,
              ])
            : null,
          organisation: newcomer ? null : `Ville de ${city}`,
          department: newcomer ? null : random.pick(SERVICES),
          position: newcomer
            ? null
            : (random.pick([
                'agent',
                'agent',
                'elected_official',
                'association_staff',
              ] as const) as Application['position']),
          locale: random.next() < 0.8 ? 'fr' : 'en',
          consentPolicyVersion: '2024-01',
          consentPurpose: 'Sélection et suivi des cohortes',
          consentedAt: new Date(`${edition.startDate}T10:00:00Z`),
          eligibility: { eligible: true, checks: [] },
        }),
      );
    }
  }
  await em.flush();
  const selected = people.filter((person) => person.status === ApplicationStatus.Selected);
  await seedQuestionnaires(em, edition, selected, random.next, coordinatorId, sizes.trained);
}

const SCALE = {
  lowest: { fr: 'Pas du tout', en: 'Not at all' },
  highest: { fr: 'Tout à fait', en: 'Completely' },
};

async function seedQuestionnaires(
  em: EntityManager,
  edition: Edition,
  selected: Application[],
  next: () => number,
  createdById: string,
  trained: boolean,
) {
  const base = {
    tenantId: edition.tenantId,
    editionId: edition.id,
    status: QuestionnaireStatus.Closed,
    opensOn: edition.startDate,
    closesOn: edition.startDate,
    createdById,
  };
  const make = (
    moment: QuestionnaireMoment,
    cohort: Cohort,
    title: string,
    keys: string[],
    pairedWithId?: string,
  ) => {
    const questionnaire = em.create(Questionnaire, {
      ...base,
      moment,
      cohort,
      pairedWithId: pairedWithId ?? null,
      title: { fr: title, en: title },
    });
    keys.forEach((key, position) =>
      em.create(QuestionnaireItem, {
        tenantId: edition.tenantId,
        questionnaireId: questionnaire.id,
        key,
        position,
        kind: ItemKind.Likert,
        prompt: PROMPTS[key],
        scale: SCALE,
      }),
    );
    return questionnaire;
  };
  const NEWCOMER_KEYS = ['public_speaking_ease', 'helping_others_with_institutions'];
  const pre = make(QuestionnaireMoment.Pre, Cohort.Newcomers, 'Avant la formation', NEWCOMER_KEYS);
  const post = make(
    QuestionnaireMoment.Post,
    Cohort.Newcomers,
    'Après la formation',
    NEWCOMER_KEYS,
    pre.id,
  );
  const actors = make(QuestionnaireMoment.Post, Cohort.PublicActors, 'Après les Policy Labs', [
    'understanding_exiles_realities',
  ]);
  await em.flush();

  const answer = (
    questionnaire: Questionnaire,
    person: Application,
    values: Record<string, number>,
  ) => {
    const response = em.create(QuestionnaireResponse, {
      tenantId: edition.tenantId,
      questionnaireId: questionnaire.id,
      editionId: edition.id,
      respondentKey: person.respondentKey,
      cohort: person.cohort,
    });
    for (const [itemKey, likert] of Object.entries(values)) {
      em.create(QuestionnaireAnswer, {
        tenantId: edition.tenantId,
        responseId: response.id,
        itemKey,
        likert,
      });
    }
  };
  // After: about 85 % at ease speaking in public, 90 % able to help others, 88 % of public actors.
  const agreeing = (share: number) =>
    next() < share ? 4 + Math.round(next()) : 2 + Math.round(next());
  for (const person of selected) {
    if (person.cohort === Cohort.Newcomers) {
      answer(pre, person, {
        public_speaking_ease: 1 + Math.round(next() * 2),
        helping_others_with_institutions: 1 + Math.round(next() * 2),
      });
      if (trained) {
        answer(post, person, {
          public_speaking_ease: agreeing(0.85),
          helping_others_with_institutions: agreeing(0.9),
        });
      }
    } else if (trained) {
      answer(actors, person, { understanding_exiles_realities: agreeing(0.88) });
    }
  }
  await em.flush();
}

const PROMPTS: Record<string, { fr: string; en: string }> = {
  public_speaking_ease: {
    fr: 'Je suis à l’aise pour prendre la parole en public.',
    en: 'I feel at ease speaking in public.',
  },
  helping_others_with_institutions: {
    fr: 'Je me sens capable d’aider d’autres personnes dans leurs démarches avec les institutions.',
    en: 'I feel able to help others deal with institutions.',
  },
  understanding_exiles_realities: {
    fr: 'Les Policy Labs m’ont aidé·e à comprendre les réalités des personnes exilées.',
    en: 'The Policy Labs helped me understand the realities of exiled people.',
  },
};
