import type { Translated } from '@inclusion/i18n';
import { RecommendationTheme } from '@inclusion/follow-up';
import { PartnershipTheme } from '@inclusion/mentoring';
import { DEMO_FOLLOW_UP, type DemoCommitment } from '../../cli/follow-up-demo-data';
import { BREST_NEEDS, DEMO_PLAN, RENNES_STRENGTHS } from '../../cli/mentoring-demo-data';

/** Words the generator draws from: the demo's texts where they fit, and enough variety besides. */

export type Locale = 'fr' | 'en';

export interface CityName {
  name: string;
  country: string;
  timeZone: string;
  locale: Locale;
  kind: 'municipality' | 'metropolis';
}

const fr = (name: string, kind: CityName['kind'] = 'municipality'): CityName => ({
  name,
  country: 'FR',
  timeZone: 'Europe/Paris',
  locale: 'fr',
  kind,
});
const eu = (
  name: string,
  country: string,
  timeZone: string,
  locale: Locale = 'en',
  kind: CityName['kind'] = 'municipality',
): CityName => ({ name, country, timeZone, locale, kind });

/** Mostly French cities, as the network is; some elsewhere in Europe. Cycled through, in order. */
export const CITIES: readonly CityName[] = [
  fr('Lyon', 'metropolis'),
  fr('Clermont-Ferrand'),
  fr('Grenoble', 'metropolis'),
  fr('Besançon'),
  fr('Rennes'),
  fr('Brest'),
  eu('Liège', 'BE', 'Europe/Brussels', 'fr'),
  fr('Nantes', 'metropolis'),
  fr('Bordeaux', 'metropolis'),
  eu('Torino', 'IT', 'Europe/Rome'),
  fr('Toulouse'),
  fr('Montpellier'),
  eu('Valencia', 'ES', 'Europe/Madrid'),
  fr('Strasbourg', 'metropolis'),
  fr('Lille', 'metropolis'),
  eu('Leipzig', 'DE', 'Europe/Berlin'),
  fr('Dijon'),
  fr('Metz'),
  eu('Porto', 'PT', 'Europe/Lisbon'),
  fr('Nancy'),
  fr('Tours'),
  eu('Gent', 'BE', 'Europe/Brussels'),
  fr('Poitiers'),
  fr('Limoges'),
  eu('Utrecht', 'NL', 'Europe/Amsterdam'),
  fr('Angers'),
  fr('Le Mans'),
  eu('Bologna', 'IT', 'Europe/Rome'),
  fr('Caen'),
  fr('Rouen', 'metropolis'),
  eu('Thessaloniki', 'GR', 'Europe/Athens'),
  fr('Amiens'),
  fr('Reims'),
  eu('Cork', 'IE', 'Europe/Dublin'),
  fr('Orléans'),
  fr('Saint-Étienne', 'metropolis'),
  eu('Graz', 'AT', 'Europe/Vienna'),
  fr('Villeurbanne'),
  fr('Nice'),
  eu('Namur', 'BE', 'Europe/Brussels', 'fr'),
  fr('Toulon'),
  fr('Perpignan'),
  eu('Bilbao', 'ES', 'Europe/Madrid'),
  fr('Pau'),
  fr('Bayonne'),
  eu('Gdańsk', 'PL', 'Europe/Warsaw'),
  fr('La Rochelle'),
  fr('Mulhouse'),
  eu('Esch-sur-Alzette', 'LU', 'Europe/Luxembourg', 'fr'),
  fr('Valence'),
  fr('Chambéry'),
  eu('Malmö', 'SE', 'Europe/Stockholm'),
  fr('Annecy'),
  fr('Quimper'),
  eu('Tampere', 'FI', 'Europe/Helsinki'),
  fr('Lorient'),
  fr('Saint-Denis'),
  eu('Köln', 'DE', 'Europe/Berlin'),
  fr('Villeneuve-d’Ascq'),
  fr('Aubervilliers'),
];

export const slugify = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export const NEWCOMER_GIVEN = [
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
  'Tesfay',
  'Leyla',
  'Moussa',
  'Oksana',
];
export const NEWCOMER_FAMILY = [
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
  'Ahmadi',
  'Bangura',
];
export const LOCAL_GIVEN = [
  'Claire',
  'Julien',
  'Sophie',
  'Thomas',
  'Nathalie',
  'Pierre',
  'Isabelle',
  'Nicolas',
  'Camille',
  'Marc',
  'Élodie',
  'Laurent',
  'Anne',
  'Mathieu',
  'Céline',
  'Olivier',
];
export const LOCAL_FAMILY = [
  'Martin',
  'Bernard',
  'Dubois',
  'Moreau',
  'Laurent',
  'Simon',
  'Michel',
  'Garcia',
  'Roux',
  'Fournier',
  'Girard',
  'Lefèvre',
  'Mercier',
  'Blanc',
];

/** Twenty nationalities, as in the pilot (ISO 3166-1 alpha-2). */
export const NATIONALITIES = [
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
];
export const MOTHER_TONGUES = ['ar', 'fa', 'ti', 'uk', 'ps', 'ff', 'ru', 'am', 'sw', 'ku'];
export const INTERESTS = [
  'housing',
  'culture',
  'youth',
  'citizenship',
  'health',
  'employment',
  'education',
];

export const DEPARTMENTS: Record<Locale, string[]> = {
  fr: [
    'Direction de la communication',
    'Direction de la citoyenneté et de la vie des quartiers',
    'Direction de la démocratie locale et de la participation',
    'Centre communal d’action sociale (CCAS)',
    'Direction de la solidarité et de l’action sociale',
    'Direction du numérique',
    'Direction de la culture',
    'Direction de la jeunesse',
    'Direction des ressources humaines',
    'Direction de l’éducation',
    'Service logement',
    'Direction des mairies de quartier',
  ],
  en: [
    'Communications Department',
    'Citizenship and Neighbourhoods Department',
    'Local Democracy and Participation Department',
    'Social Welfare Office',
    'Social Services Department',
    'Digital Services Department',
    'Culture Department',
    'Youth Department',
    'Human Resources Department',
    'Education Department',
    'Housing Service',
    'District Town Halls Department',
  ],
};

export interface RecommendationText {
  title: Translated;
  body: Translated;
  theme: RecommendationTheme;
  localTheme: Translated | null;
}

/** The pilot cities' recommendations from the demo data, and more of the kinds the pilot saw. */
export const RECOMMENDATIONS: readonly RecommendationText[] = [
  ...Object.values(DEMO_FOLLOW_UP).flatMap((city) =>
    city.recommendations.map((r) => ({
      title: r.title,
      body: r.body,
      theme: r.theme,
      localTheme: r.localTheme ?? null,
    })),
  ),
  ...(
    [
      [
        RecommendationTheme.InformationAccess,
        'Un accueil unique pour les personnes nouvellement arrivées',
        'A single welcome desk for newcomers',
        'Les démarches sont éclatées entre plusieurs guichets. Nous recommandons un accueil unique, avec un interprétariat, qui oriente chaque personne dans ses premières démarches.',
        'Procedures are scattered across desks. We recommend a single welcome desk, with interpreting, that guides each person through their first steps.',
      ],
      [
        RecommendationTheme.InformationAccess,
        'Des interprètes dans les services publics de la Ville',
        'Interpreters in the City’s public services',
        'Sans interprète, les habitants non francophones renoncent à leurs droits. Nous recommandons un marché d’interprétariat ouvert à tous les services.',
        'Without interpreters, residents who do not speak French give up their rights. We recommend an interpreting contract open to every service.',
      ],
      [
        RecommendationTheme.Participation,
        'Ouvrir les conseils de quartier aux résidents non européens',
        'Open neighbourhood councils to non-EU residents',
        'Les résidents non européens ne votent pas aux élections municipales. Nous recommandons qu’ils puissent siéger dans les conseils de quartier.',
        'Non-EU residents cannot vote in municipal elections. We recommend they may sit on neighbourhood councils.',
      ],
      [
        RecommendationTheme.Participation,
        'Un budget participatif accessible à toutes et tous',
        'A participatory budget open to everyone',
        'Le vote du budget participatif demande un justificatif que beaucoup n’ont pas. Nous recommandons de l’ouvrir à toute personne résidant dans la ville.',
        'Voting in the participatory budget requires a document many do not have. We recommend opening it to anyone living in the city.',
      ],
      [
        RecommendationTheme.PeerMentoring,
        'Des binômes entre habitants installés et nouveaux arrivants',
        'Pairs of settled residents and newcomers',
        'Nous recommandons un programme de parrainage qui associe, pendant six mois, une personne nouvellement arrivée et un habitant de son quartier.',
        'We recommend a sponsorship scheme pairing, for six months, a newcomer with a resident of their neighbourhood.',
      ],
      [
        RecommendationTheme.LivedExpertise,
        'Associer des personnes concernées à la conception des services',
        'Involve people with lived experience in designing services',
        'Nous recommandons que chaque nouveau service destiné aux personnes migrantes soit testé avec elles avant son ouverture, et qu’elles soient rémunérées pour cela.',
        'We recommend that each new service for migrants be tested with them before it opens, and that they be paid for it.',
      ],
      [
        RecommendationTheme.LivedExpertise,
        'Former les agents avec des personnes exilées',
        'Train officers with exiled people',
        'Nous recommandons que les formations des agents d’accueil soient coanimées par des personnes exilées.',
        'We recommend that the training of front-desk officers be co-facilitated by exiled people.',
      ],
      [
        RecommendationTheme.PeerMentoring,
        'Des pairs-aidants dans les centres sociaux',
        'Peer helpers in community centres',
        'Nous recommandons des permanences de pairs-aidants, indemnisés, dans les centres sociaux.',
        'We recommend drop-in hours held by paid peer helpers in community centres.',
      ],
    ] as const
  ).map(([theme, titleFr, titleEn, bodyFr, bodyEn]) => ({
    title: { fr: titleFr, en: titleEn },
    body: { fr: bodyFr, en: bodyEn },
    theme,
    localTheme: null,
  })),
  {
    title: {
      fr: 'Des cours de français en journée avec une garde d’enfants',
      en: 'Daytime French classes with childcare',
    },
    body: {
      fr: 'Les cours du soir excluent les parents seuls. Nous recommandons des cours en journée dans les centres sociaux, avec une garde d’enfants.',
      en: 'Evening classes exclude single parents. We recommend daytime classes in community centres, with childcare.',
    },
    theme: RecommendationTheme.Local,
    localTheme: { fr: 'Apprentissage du français', en: 'Learning French' },
  },
  {
    title: {
      fr: 'Un logement temporaire pour les familles en attente',
      en: 'Temporary housing for families waiting for a decision',
    },
    body: {
      fr: 'Nous recommandons que la Ville réserve des logements temporaires aux familles dont la demande est en cours d’examen.',
      en: 'We recommend that the City set aside temporary housing for families whose application is being examined.',
    },
    theme: RecommendationTheme.Local,
    localTheme: { fr: 'Logement', en: 'Housing' },
  },
];

const demoCommitments = (list: DemoCommitment[]): DemoCommitment[] =>
  list.flatMap((c) => [c, ...demoCommitments(c.milestones ?? [])]);

/** The demo's commitment titles, then titles built from these, so that a city's sixty vary. */
export const COMMITMENT_TITLES: readonly Translated[] = [
  ...demoCommitments(
    Object.values(DEMO_FOLLOW_UP).flatMap((city) =>
      city.recommendations.flatMap((r) => r.commitments ?? []),
    ),
  ).map((c) => c.title),
];

const LANGUAGES: [string, string][] = [
  ['arabe', 'Arabic'],
  ['dari', 'Dari'],
  ['tigrigna', 'Tigrinya'],
  ['ukrainien', 'Ukrainian'],
  ['pachto', 'Pashto'],
  ['anglais', 'English'],
];
const PLACES: [string, string][] = [
  ['la mairie annexe du quartier Nord', 'the North district town hall'],
  ['la médiathèque centrale', 'the central library'],
  ['le centre social des Buers', 'the Buers community centre'],
  ['la maison des associations', 'the associations’ house'],
  ['l’hôtel de ville', 'the town hall'],
];
const SERVICES: [string, string][] = [
  ['les services de l’état civil', 'the civil registry'],
  ['les crèches municipales', 'the municipal nurseries'],
  ['le service des inscriptions scolaires', 'the school enrolment service'],
  ['le CCAS', 'the social welfare office'],
];

/** A commitment title from templates, for a number `n` drawn by the caller. */
export function commitmentTitle(template: number, slot: number, n: number): Translated {
  const [langFr, langEn] = LANGUAGES[slot % LANGUAGES.length];
  const [placeFr, placeEn] = PLACES[slot % PLACES.length];
  const [serviceFr, serviceEn] = SERVICES[slot % SERVICES.length];
  const templates: Translated[] = [
    {
      fr: `Traduire le guide des démarches en ${langFr}`,
      en: `Translate the guide to municipal procedures into ${langEn}`,
    },
    {
      fr: `Former ${n} agents d’accueil à l’accueil interculturel`,
      en: `Train ${n} front-desk officers in intercultural welcome`,
    },
    {
      fr: `Ouvrir une permanence d’accès aux droits à ${placeFr}`,
      en: `Open a rights-access desk at ${placeEn}`,
    },
    {
      fr: `Mettre en place l’interprétariat par téléphone dans ${serviceFr}`,
      en: `Provide telephone interpreting in ${serviceEn}`,
    },
    {
      fr: `Créer un réseau de ${n} pairs-aidants`,
      en: `Set up a network of ${n} peer helpers`,
    },
    {
      fr: `Signalétique multilingue à ${placeFr}`,
      en: `Multilingual signage at ${placeEn}`,
    },
    {
      fr: `Organiser ${n} réunions publiques avec interprétariat`,
      en: `Hold ${n} public meetings with interpreting`,
    },
    {
      fr: `Publier une version facile à lire des formulaires de ${serviceFr}`,
      en: `Publish easy-to-read versions of the forms of ${serviceEn}`,
    },
    {
      fr: `Recruter ${n} médiateurs et médiatrices de quartier`,
      en: `Recruit ${n} neighbourhood mediators`,
    },
    {
      fr: `Associer des personnes concernées au jury des projets de ${placeFr}`,
      en: `Include people with lived experience in the project jury of ${placeEn}`,
    },
    {
      fr: `Ateliers d’information sur les droits en ${langFr}`,
      en: `Information workshops on rights in ${langEn}`,
    },
    {
      fr: `Cartographier en ligne les lieux d’accueil de ${placeFr}`,
      en: `Map online the places of welcome around ${placeEn}`,
    },
  ];
  return templates[template % templates.length];
}
export const COMMITMENT_TEMPLATES = 12;

export const COMMITMENT_DESCRIPTIONS: readonly Translated[] = [
  {
    fr: 'Engagement pris en réponse à la recommandation des cohortes, suivi en comité trimestriel.',
    en: 'Commitment made in answer to the cohorts’ recommendation, followed up at the quarterly committee.',
  },
  {
    fr: 'Porté par la direction nommée, avec les associations partenaires du programme.',
    en: 'Carried by the named department, with the programme’s partner associations.',
  },
  {
    fr: 'Mis en œuvre par étapes, quartier par quartier.',
    en: 'Carried out step by step, one district at a time.',
  },
];

export const UPDATE_NOTES: Record<Locale, string[]> = {
  fr: [
    'Point d’étape en comité de suivi.',
    'Cahier des charges rédigé avec la cohorte.',
    'Budget voté en conseil municipal.',
    'Premier groupe d’agents formé.',
    'Prestataire retenu après consultation.',
    'Test mené avec des participants de la cohorte.',
    'Retours des usagers recueillis.',
    'Déploiement dans un premier quartier.',
    'Réunion avec les associations partenaires.',
    'Calendrier revu avec la direction.',
    'Traductions relues par des habitants.',
    'Communication préparée pour le lancement.',
  ],
  en: [
    'Progress review at the follow-up committee.',
    'Specifications written with the cohort.',
    'Budget voted by the city council.',
    'First group of officers trained.',
    'Provider chosen after a call for tenders.',
    'Tested with participants of the cohort.',
    'Users’ feedback collected.',
    'Rolled out in a first district.',
    'Meeting with the partner associations.',
    'Schedule revised with the department.',
    'Translations proofread by residents.',
    'Launch communication prepared.',
  ],
};

export const DELAY_REASONS: Record<Locale, string[]> = {
  fr: [
    'Le marché public a dû être relancé.',
    'Recrutement en attente du budget supplémentaire.',
    'Les locaux ne seront disponibles qu’au prochain trimestre.',
  ],
  en: [
    'The call for tenders had to be run again.',
    'Recruitment waits for the supplementary budget.',
    'The premises will only be available next quarter.',
  ],
};

export const ABANDON_REASONS: Record<Locale, string[]> = {
  fr: [
    'Repris par la Métropole, qui en a la compétence.',
    'Remplacé par un dispositif national équivalent.',
    'Budget non reconduit par le conseil municipal.',
  ],
  en: [
    'Taken over by the metropolitan authority, whose remit it is.',
    'Replaced by an equivalent national scheme.',
    'Budget not renewed by the city council.',
  ],
};

export const DECLINE_REASONS: Record<Locale, string[]> = {
  fr: [
    'La Ville n’a pas la compétence : la recommandation est transmise à la préfecture.',
    'Un dispositif équivalent existe déjà au niveau métropolitain.',
  ],
  en: [
    'The City has no remit here: the recommendation is passed on to the prefecture.',
    'An equivalent scheme already exists at the metropolitan level.',
  ],
};

export const LAB_PROBLEMS: readonly { title: string; problem: string }[] = [
  {
    title: 'Accès à l’information municipale',
    problem:
      'Les personnes nouvellement arrivées ne savent pas où trouver les informations de la Ville ni à qui s’adresser.',
  },
  {
    title: 'Participation des résidents non européens',
    problem: 'Les résidents non européens sont absents des instances de participation de la Ville.',
  },
  {
    title: 'Besoins d’interprétariat',
    problem:
      'Les services municipaux reçoivent des habitants qui ne parlent pas français sans moyen de les comprendre.',
  },
  {
    title: 'Sentiment de citoyenneté',
    problem: 'Les personnes exilées ne se sentent pas habitantes de la ville à part entière.',
  },
];

export const FREE_TEXT_ANSWERS = [
  'J’ose davantage prendre la parole en réunion.',
  'Je connais mieux les services de la mairie.',
  'J’ai rencontré des agents qui écoutent vraiment.',
  'I now know whom to ask at the town hall.',
  'I feel more confident speaking in public.',
];

export const ACTIVITY_TITLES = {
  newcomers: {
    fr: [
      'Gouvernance locale',
      'Les compétences de la commune',
      'Droits et démarches',
      'Prise de parole en public',
      'Leadership et outils collaboratifs',
    ],
    en: [
      'Local governance',
      'What the municipality does',
      'Rights and procedures',
      'Public speaking',
      'Leadership and collaborative tools',
    ],
  },
  public_actors: {
    fr: [
      'Écoute active',
      'Biais institutionnels',
      'Préjugés et stéréotypes',
      'Équité dans l’accès aux services',
      'Animation inclusive',
    ],
    en: [
      'Active listening',
      'Institutional bias',
      'Prejudice and stereotypes',
      'Equity in access to services',
      'Inclusive facilitation',
    ],
  },
} as const;

/** The mentoring pair's texts: themes with their criteria refs, strengths and needs. */
export const PAIR_THEMES: readonly { theme: PartnershipTheme; criteria: [string, string] }[] = [
  { theme: PartnershipTheme.Education, criteria: ['school-access', 'parents'] },
  { theme: PartnershipTheme.Language, criteria: ['french-adults', 'one-stop-shop'] },
  { theme: PartnershipTheme.InformationAndRights, criteria: ['one-stop-shop', 'french-adults'] },
];

export const strengthOf = (theme: PartnershipTheme): string =>
  RENNES_STRENGTHS.find((s) => s.theme === theme)?.description ??
  'Un accueil des nouveaux arrivants éprouvé, avec les associations du territoire.';

export const needsOf = (theme: PartnershipTheme) =>
  BREST_NEEDS.find((n) => n.theme === theme) ?? {
    theme,
    situation: 'Les démarches des personnes nouvellement arrivées passent par plusieurs guichets.',
    difficulties: 'Pas d’interprétariat ; des informations en français seulement.',
    priorities: 'Un accueil unique et des informations traduites.',
    priority: BREST_NEEDS[0].priority,
  };

/** Comment bodies of the demo's review, then short ones. */
export const COMMENT_BODIES = {
  mentor: [
    ...DEMO_PLAN.flatMap((v) => v.comments)
      .filter((c) => c.side === 'mentor')
      .map((c) => c.body),
    'Quel budget prévoyez-vous pour la deuxième année ?',
    'Qui porte cette action au quotidien ? Un agent nommé nous a beaucoup aidés.',
    'Pensez à mesurer le point de départ avant de commencer.',
  ],
  learner: [
    ...DEMO_PLAN.flatMap((v) => v.comments)
      .filter((c) => c.side === 'learner')
      .map((c) => c.body),
    'Merci, nous le précisons dans la prochaine version.',
    'C’est noté : nous en parlons avec la direction la semaine prochaine.',
    'Nous avons chiffré ce point avec le CCAS.',
  ],
};

export const PLAN_ACTIONS: readonly {
  title: string;
  objective: string;
  service: string;
  resources: string;
  indicators: string;
}[] = [
  ...DEMO_PLAN.flatMap((v) => v.actions)
    .filter((a, i, all) => all.findIndex((b) => b.ref === a.ref) === i)
    .map((a) => ({
      title: a.title,
      objective: a.objective,
      service: a.responsibleService,
      resources: a.resources,
      indicators: a.indicators,
    })),
  {
    title: 'Un livret d’accueil traduit',
    objective: 'Remettre à chaque famille nouvellement arrivée un livret dans sa langue.',
    service: 'Direction de la communication',
    resources: 'Traductions et impression : 4 000 €.',
    indicators: 'Livrets remis ; langues couvertes.',
  },
  {
    title: 'Une formation des agents d’accueil avec la ville mentor',
    objective: 'Former les agents d’accueil aux pratiques de la ville mentor.',
    service: 'Direction des ressources humaines',
    resources: 'Deux jours de formation ; frais de déplacement.',
    indicators: 'Agents formés.',
  },
  {
    title: 'Un comité de suivi avec des habitants concernés',
    objective: 'Suivre la mise en œuvre du plan avec des personnes nouvellement arrivées.',
    service: 'Direction de la démocratie locale',
    resources: 'Quatre réunions par an, avec interprétariat.',
    indicators: 'Réunions tenues ; participants.',
  },
];
