import type { Translated } from '@inclusion/i18n';
import {
  PartnershipSide,
  PartnershipTheme,
  PlanActionStatus,
  PlanStage,
  PriorityLevel,
} from '@inclusion/mentoring';

/**
 * An IncluCities-style pair: Rennes (mentor) and Brest (learner) work on the schooling of
 * newly arrived children, and are at their second study visit. The criterion "access to
 * education for migrants' children" and its first two key factors are IncluCities' own example;
 * the rest is invented for the demo. Every date is a number of days from the day the seed runs
 * (negative: in the past), so the pair always stands at the same point of its calendar.
 */

export interface DemoCriterion {
  /** How the pair's records below name it. */
  ref: string;
  theme: PartnershipTheme;
  title: Translated;
  description: Translated;
  keyFactors: Translated[];
  goodPractices: {
    title: Translated;
    description: Translated;
    place: string;
    sourceUrl?: string;
  }[];
  indicators: { name: Translated; unit: string }[];
}

/** A key factor or an indicator of a criterion: its ref and its position there, from 1. */
export interface CriterionEntry {
  criterion: string;
  index: number;
}

export interface DemoAction {
  /** The same action in two versions has the same ref (and keeps its id). */
  ref: string;
  title: string;
  objective: string;
  criterion: string;
  /** Positions of the criterion's key factors it works on. */
  keyFactors: number[];
  responsibleService: string;
  startDay: number;
  endDay: number;
  resources: string;
  indicators: string;
  status: PlanActionStatus;
}

export interface DemoComment {
  ref: string;
  side: PartnershipSide;
  /** The action of the version it is about; none: the plan as a whole. */
  action?: string;
  /** The comment it answers. */
  replyTo?: string;
  day: number;
  hour: number;
  body: string;
}

export interface DemoVersion {
  stage: PlanStage;
  submittedDay: number;
  submittedHour: number;
  /** The working plan as it stood when submitted, in order. */
  actions: DemoAction[];
  comments: DemoComment[];
  /** The mentor reviewer's request for changes; none: still under review. */
  decision?: { day: number; hour: number; note: string };
}

/** The pair's people: each city's coordinator is in DEMO_TENANTS, these are named in the pair. */
export const DEMO_PAIR_PEOPLE = {
  reviewer: {
    email: 'mentorat@rennes.demo',
    displayName: 'Claire Le Goff (Rennes, éducation-enfance)',
    locale: 'fr' as const,
  },
  author: {
    email: 'plan-action@brest.demo',
    displayName: 'Yann Morvan (Brest, direction éducation)',
    locale: 'fr' as const,
  },
};

/** The network's benchmark library: two criteria the pair works on, two others. */
export const DEMO_BENCHMARKS: DemoCriterion[] = [
  {
    ref: 'school-access',
    theme: PartnershipTheme.Education,
    title: {
      fr: 'Accès à l’éducation des enfants de familles migrantes',
      en: 'Access to education for migrants’ children',
    },
    description: {
      fr: 'Chaque enfant nouvellement arrivé, quelle que soit la situation de sa famille, est inscrit et accueilli à l’école rapidement, et y reste.',
      en: 'Every newly arrived child, whatever the family’s situation, is enrolled and welcomed at school quickly, and stays there.',
    },
    keyFactors: [
      {
        fr: 'Des ressources financières suffisantes des familles (cantine, fournitures, transport)',
        en: 'Families’ sufficient financial resources (school meals, supplies, transport)',
      },
      {
        fr: 'La volonté des familles d’amener leurs enfants à l’école, et leur confiance dans l’institution',
        en: 'Families’ willingness to take their children to school, and their trust in the institution',
      },
      {
        fr: 'Une inscription rapide, sans condition de titre de séjour ni de domicile stable',
        en: 'Quick enrolment, with no residence permit or stable address required',
      },
      {
        fr: 'Un accueil linguistique des élèves allophones (UPE2A), en lien avec le CASNAV',
        en: 'Language support for pupils new to French (UPE2A classes), with the CASNAV',
      },
    ],
    goodPractices: [
      {
        title: {
          fr: 'Un point d’accueil unique pour l’inscription scolaire des familles nouvellement arrivées',
          en: 'A single desk for newly arrived families’ school enrolment',
        },
        description: {
          fr: 'Un agent de la direction éducation-enfance reçoit les familles, avec un interprète par téléphone, accepte une attestation d’hébergement comme justificatif, ouvre les droits au tarif de cantine et oriente l’enfant vers le test de positionnement du CASNAV dans la semaine.',
          en: 'An officer of the education department sees the families, with a telephone interpreter, accepts a statement of accommodation as proof of address, opens the school meal fee rights and sends the child to the CASNAV placement test within the week.',
        },
        place: 'Rennes, FR',
      },
      {
        title: {
          fr: 'Le tarif de cantine le plus bas dès l’inscription, en attendant le quotient familial',
          en: 'The lowest school meal fee from enrolment, until the family’s income is assessed',
        },
        description: {
          fr: 'Les familles sans avis d’imposition paient le tarif le plus bas pendant six mois, le temps que le CCAS établisse leur quotient familial.',
          en: 'Families with no tax notice pay the lowest fee for six months, while the social welfare office assesses their income.',
        },
        place: 'Rennes, FR',
      },
    ],
    indicators: [
      {
        name: {
          fr: 'Délai moyen entre la demande d’inscription et le premier jour en classe',
          en: 'Average time from enrolment request to first day in class',
        },
        unit: 'days',
      },
      {
        name: {
          fr: 'Part des enfants nouvellement arrivés scolarisés dans le mois',
          en: 'Share of newly arrived children in school within a month',
        },
        unit: '%',
      },
      {
        name: {
          fr: 'Familles nouvellement arrivées au tarif solidaire de cantine',
          en: 'Newly arrived families on the reduced school meal fee',
        },
        unit: 'families',
      },
    ],
  },
  {
    ref: 'parents',
    theme: PartnershipTheme.Education,
    title: {
      fr: 'La place des parents migrants dans la vie de l’école',
      en: 'Migrant parents’ place in school life',
    },
    description: {
      fr: 'Les parents comprennent le système scolaire, parlent avec les enseignants et prennent part à la vie de l’école de leurs enfants.',
      en: 'Parents understand the school system, talk with the teachers and take part in their children’s school life.',
    },
    keyFactors: [
      {
        fr: 'Un interprétariat pour les rendez-vous avec les enseignants',
        en: 'Interpreting for meetings with teachers',
      },
      {
        fr: 'La connaissance du système scolaire par les parents (orientation, cantine, périscolaire)',
        en: 'Parents’ knowledge of the school system (guidance, school meals, after-school care)',
      },
      {
        fr: 'Des lieux et des moments où parents et école se rencontrent en dehors des convocations',
        en: 'Places and times where parents and school meet other than when summoned',
      },
    ],
    goodPractices: [
      {
        title: {
          fr: 'Des cafés des parents animés avec les associations du quartier',
          en: 'Parents’ cafés run with neighbourhood associations',
        },
        description: {
          fr: 'Une matinée par mois dans l’école, les parents rencontrent l’équipe et des associations, avec des habitants qui traduisent ; les thèmes viennent des parents (orientation, cantine, devoirs).',
          en: 'One morning a month at the school, parents meet the staff and associations, with residents who translate; parents choose the topics (guidance, school meals, homework).',
        },
        place: 'Rennes, FR',
      },
      {
        title: {
          fr: 'Des parents-relais formés et indemnisés',
          en: 'Trained and paid parent liaisons',
        },
        description: {
          fr: 'Des parents parlant les langues des familles les accompagnent de l’inscription aux premières semaines d’école ; la Ville les forme et les indemnise.',
          en: 'Parents who speak the families’ languages accompany them from enrolment to the first weeks of school; the City trains and pays them.',
        },
        place: 'Rennes, FR',
      },
    ],
    indicators: [
      {
        name: {
          fr: 'Rendez-vous parents-enseignants avec un interprète',
          en: 'Parent–teacher meetings with an interpreter',
        },
        unit: 'meetings',
      },
      {
        name: {
          fr: 'Parents migrants venus au moins une fois à un café des parents',
          en: 'Migrant parents who came to a parents’ café at least once',
        },
        unit: 'parents',
      },
    ],
  },
  {
    ref: 'french-adults',
    theme: PartnershipTheme.Language,
    title: {
      fr: 'L’apprentissage du français par les adultes nouvellement arrivés',
      en: 'French learning for newly arrived adults',
    },
    description: {
      fr: 'Les adultes trouvent un cours de français à leur niveau, à des horaires qu’ils peuvent suivre.',
      en: 'Adults find a French course at their level, at times they can attend.',
    },
    keyFactors: [
      {
        fr: 'Des horaires compatibles avec le travail et la garde des enfants',
        en: 'Times that fit with work and childcare',
      },
      {
        fr: 'Une garde d’enfants pendant les cours',
        en: 'Childcare during the courses',
      },
      {
        fr: 'Des cours pour les personnes peu ou pas scolarisées',
        en: 'Courses for people with little or no schooling',
      },
    ],
    goodPractices: [
      {
        title: {
          fr: 'Des ateliers sociolinguistiques dans les centres sociaux',
          en: 'Sociolinguistic workshops in community centres',
        },
        description: {
          fr: 'Le français de la vie quotidienne (école, santé, démarches), en petits groupes, avec une garde d’enfants sur place.',
          en: 'Everyday French (school, health, paperwork) in small groups, with childcare on site.',
        },
        place: 'Rennes, FR',
      },
    ],
    indicators: [
      {
        name: {
          fr: 'Adultes inscrits à un cours de français',
          en: 'Adults enrolled in a French course',
        },
        unit: 'people',
      },
    ],
  },
  {
    ref: 'one-stop-shop',
    theme: PartnershipTheme.InformationAndRights,
    title: {
      fr: 'L’information de base des personnes nouvellement arrivées',
      en: 'Basic information for newcomers',
    },
    description: {
      fr: 'Les personnes nouvellement arrivées trouvent en un seul endroit, dans une langue qu’elles comprennent, l’information de base : cours de langue, conseil juridique, école, santé.',
      en: 'Newcomers find basic information in one place, in a language they understand: language courses, legal advice, school, health.',
    },
    keyFactors: [
      {
        fr: 'Un seul point d’entrée, en ligne et au guichet',
        en: 'One point of entry, online and at a desk',
      },
      {
        fr: 'Une information dans les langues que parlent les personnes',
        en: 'Information in the languages people speak',
      },
    ],
    goodPractices: [
      {
        title: {
          fr: 'Des guichets uniques en ligne pour les migrants et les réfugiés',
          en: 'Online one-stop shops for migrants and refugees',
        },
        description: {
          fr: 'Les villes apprenantes d’IncluCities ont publié des guichets uniques en ligne donnant l’information de base : cours de langue, conseil juridique, etc.',
          en: 'IncluCities’ learner cities published online one-stop shops giving basic information: language courses, legal advice, etc.',
        },
        place: 'IncluCities learner cities, EU',
        sourceUrl: 'https://www.inclucities.eu',
      },
    ],
    indicators: [
      {
        name: {
          fr: 'Langues dans lesquelles l’information est disponible',
          en: 'Languages the information is available in',
        },
        unit: 'languages',
      },
    ],
  },
];

/** What Rennes can teach others. */
export const RENNES_STRENGTHS: { theme: PartnershipTheme; description: string }[] = [
  {
    theme: PartnershipTheme.Education,
    description:
      'Un point d’accueil unique pour l’inscription scolaire des familles nouvellement arrivées, le tarif de cantine le plus bas dès l’inscription, des cafés des parents et des parents-relais dans les écoles des quartiers prioritaires.',
  },
  {
    theme: PartnershipTheme.Language,
    description:
      'Des ateliers sociolinguistiques dans les centres sociaux, avec une garde d’enfants pendant les cours.',
  },
  {
    theme: PartnershipTheme.InformationAndRights,
    description:
      'Un livret d’accueil en plusieurs langues et un accueil des nouveaux arrivants à l’hôtel de ville.',
  },
];

/** Brest's needs, as it stated them before the operator paired it with Rennes. */
export const BREST_NEEDS: {
  theme: PartnershipTheme;
  situation: string;
  difficulties: string;
  priorities: string;
  priority: PriorityLevel;
}[] = [
  {
    theme: PartnershipTheme.Education,
    situation:
      'Une centaine d’enfants de familles nouvellement arrivées sont inscrits chaque année, surtout dans les écoles de Bellevue, Kerourien et Pontanézen. Deux classes UPE2A en élémentaire, une au collège.',
    difficulties:
      'L’inscription passe par trois guichets (mairie, école, CASNAV) et prend souvent plus de trois semaines. Les familles hébergées à l’hôtel ou chez des proches n’ont pas de justificatif de domicile. Sans avis d’imposition, pas de quotient familial : la cantine est au plein tarif. Les parents viennent peu aux rendez-vous, faute d’interprète.',
    priorities:
      'Scolariser chaque enfant dans le mois qui suit son arrivée ; ouvrir la cantine à toutes les familles ; donner aux parents une place à l’école.',
    priority: PriorityLevel.High,
  },
  {
    theme: PartnershipTheme.Language,
    situation:
      'Des cours de français portés par des associations, surtout en soirée, complets en début d’année.',
    difficulties: 'Pas de garde d’enfants pendant les cours : les mères y viennent peu.',
    priorities: 'Des cours en journée avec une garde d’enfants, dans les centres sociaux.',
    priority: PriorityLevel.Medium,
  },
  {
    theme: PartnershipTheme.Housing,
    situation: 'L’hébergement d’urgence est saturé ; des familles sont logées à l’hôtel.',
    difficulties:
      'Les familles changent d’hôtel, donc de quartier, et les enfants d’école en cours d’année.',
    priorities:
      'Stabiliser l’hébergement des familles avec enfants pendant l’année scolaire, avec l’État.',
    priority: PriorityLevel.Low,
  },
];

export const DEMO_PARTNERSHIP = {
  theme: PartnershipTheme.Education,
  purpose:
    'Rennes accompagne Brest pour que chaque enfant de famille nouvellement arrivée soit à l’école dans le mois, et que ses parents y trouvent leur place.',
  proposedDay: -150,
  mentorAcceptedDay: -147,
  learnerAcceptedDay: -145,
  startDay: -140,
  endDay: 400,
  /** The library's criteria the pair works on. */
  criteria: ['school-access', 'parents'],
  chosenDay: -130,
};

/** Brest's score on each key factor of the chosen criteria, with what shows it. */
export const BREST_SELF_ASSESSMENT: (CriterionEntry & { score: number; evidence: string })[] = [
  {
    criterion: 'school-access',
    index: 1,
    score: 2,
    evidence:
      'Sans avis d’imposition, les familles arrivées dans l’année paient la cantine au plein tarif ; beaucoup d’enfants rentrent déjeuner ou ne mangent pas.',
  },
  {
    criterion: 'school-access',
    index: 2,
    score: 3,
    evidence:
      'Les familles tiennent à l’école mais craignent les démarches ; les directeurs de Bellevue relèvent des absences les premières semaines.',
  },
  {
    criterion: 'school-access',
    index: 3,
    score: 2,
    evidence:
      '24 jours en moyenne entre la demande et le premier jour en classe l’an dernier ; les pièces demandées varient d’une école à l’autre.',
  },
  {
    criterion: 'school-access',
    index: 4,
    score: 4,
    evidence: 'Trois classes UPE2A ; le CASNAV fait les tests de positionnement sous dix jours.',
  },
  {
    criterion: 'parents',
    index: 1,
    score: 1,
    evidence: 'Aucun budget d’interprétariat pour les écoles : les enfants traduisent.',
  },
  {
    criterion: 'parents',
    index: 2,
    score: 2,
    evidence: 'Une réunion de rentrée en français seulement, sans support traduit.',
  },
  {
    criterion: 'parents',
    index: 3,
    score: 3,
    evidence: 'Un café des parents à Kerourien, porté par le centre social ; rien ailleurs.',
  },
];

/** Where Brest starts from on each indicator, and where it aims to be. */
export const BREST_TARGETS: (CriterionEntry & { baseline: number; target: number })[] = [
  { criterion: 'school-access', index: 1, baseline: 24, target: 10 },
  { criterion: 'school-access', index: 2, baseline: 55, target: 90 },
  { criterion: 'school-access', index: 3, baseline: 12, target: 60 },
  { criterion: 'parents', index: 1, baseline: 0, target: 80 },
  { criterion: 'parents', index: 2, baseline: 15, target: 60 },
];

/** The three study visits: the first is over, the second just happened, the third is planned. */
export const DEMO_VISITS: {
  stage: PlanStage;
  host: PartnershipSide;
  startDay: number;
  endDay: number;
  agenda: string;
  participants: string[];
  outcomes?: string;
}[] = [
  {
    stage: PlanStage.First,
    host: PartnershipSide.Learner,
    startDay: -100,
    endDay: -99,
    agenda:
      'Jour 1 : la scolarisation des enfants nouvellement arrivés à Brest, présentée par la direction éducation ; visite d’une école et d’une classe UPE2A à Bellevue ; rencontre au centre social de Kerourien. Jour 2 : autodiagnostic partagé sur les deux critères, premières pistes du plan d’action.',
    participants: [
      'Ville de Brest — direction éducation',
      'Ville de Brest — CCAS',
      'Ville de Rennes — direction éducation-enfance',
      'CASNAV de l’académie de Rennes',
      'Centre social de Kerourien',
      'Association de parents de Bellevue',
    ],
    outcomes:
      'L’inscription et l’interprétariat sont les deux points faibles. Cinq actions esquissées ; Brest soumet une première version du plan sous trois semaines.',
  },
  {
    stage: PlanStage.Second,
    host: PartnershipSide.Mentor,
    startDay: -3,
    endDay: -2,
    agenda:
      'Jour 1 : le point d’accueil unique d’inscription scolaire de Rennes, avec ses agents et une interprète ; un café des parents au Blosne ; rencontre avec deux parents-relais. Jour 2 : revue de la deuxième version du plan avec l’équipe de Rennes.',
    participants: [
      'Ville de Brest — direction éducation',
      'Ville de Brest — élue à l’éducation',
      'Ville de Rennes — direction éducation-enfance',
      'Parents-relais du Blosne',
      'Centre social de Kerourien',
    ],
    outcomes:
      'La délégation de Brest a vu le point d’accueil unique fonctionner et adapte le modèle avec un agent à mi-temps. La deuxième version du plan, avec des parents-relais au lieu de l’affichage, est soumise à la relecture de Rennes.',
  },
  {
    stage: PlanStage.Third,
    host: PartnershipSide.Learner,
    startDay: 120,
    endDay: 121,
    agenda:
      'Bilan des premières actions à Brest (point d’accueil, parents-relais, cafés des parents) et révision du plan d’action.',
    participants: [
      'Ville de Brest — direction éducation',
      'Ville de Rennes — direction éducation-enfance',
    ],
  },
];

const A = PlanActionStatus;

const DESK: DemoAction = {
  ref: 'desk',
  title: 'Un point d’accueil unique pour l’inscription scolaire',
  objective:
    'Inscrire chaque enfant nouvellement arrivé en une seule démarche, sans justificatif de domicile ni titre de séjour, et l’orienter vers le CASNAV dans la semaine.',
  criterion: 'school-access',
  keyFactors: [3, 4],
  responsibleService: 'Direction éducation — service des inscriptions',
  startDay: -60,
  endDay: 240,
  resources:
    'Un agent d’accueil à mi-temps ; l’interprétariat par téléphone du marché de la Ville ; une liste unique des pièces acceptées.',
  indicators: 'Délai moyen d’inscription ; part des enfants scolarisés dans le mois.',
  status: A.Planned,
};

const CANTEEN: DemoAction = {
  ref: 'canteen',
  title: 'Le tarif solidaire de cantine dès l’inscription',
  objective:
    'Appliquer le tarif de cantine le plus bas aux familles sans avis d’imposition dès l’inscription, le temps d’établir leur quotient familial.',
  criterion: 'school-access',
  keyFactors: [1],
  responsibleService: 'Direction éducation — restauration scolaire, avec le CCAS',
  startDay: -30,
  endDay: 150,
  resources: 'Une délibération du conseil municipal ; environ 18 000 € par an de moindre recette.',
  indicators:
    'Familles au tarif solidaire ; enfants nouvellement arrivés qui déjeunent à la cantine.',
  status: A.Planned,
};

const INTERPRETING: DemoAction = {
  ref: 'interpreting',
  title: 'Des interprètes pour les rendez-vous parents-enseignants',
  objective:
    'Que chaque parent qui le demande ait un interprète lors de ses rendez-vous avec l’école.',
  criterion: 'parents',
  keyFactors: [1],
  responsibleService: 'Direction éducation',
  startDay: -20,
  endDay: 200,
  resources: 'L’interprétariat par téléphone du marché de la Ville.',
  indicators: 'Rendez-vous avec un interprète.',
  status: A.Planned,
};

const CAFES: DemoAction = {
  ref: 'cafes',
  title: 'Des cafés des parents dans trois écoles de Bellevue et de Kerourien',
  objective:
    'Ouvrir chaque mois un temps d’accueil des parents dans l’école, animé avec le centre social et une association de parents.',
  criterion: 'parents',
  keyFactors: [2, 3],
  responsibleService: 'Direction éducation, avec les centres sociaux',
  startDay: 10,
  endDay: 300,
  resources: 'Une salle par école ; l’animation du centre social ; 1 500 € par an.',
  indicators: 'Cafés tenus ; parents venus au moins une fois.',
  status: A.Planned,
};

const POSTERS: DemoAction = {
  ref: 'posters',
  title: 'Une campagne d’affichage multilingue sur l’inscription scolaire',
  objective:
    'Faire connaître les démarches d’inscription par des affiches en six langues dans les lieux d’accueil.',
  criterion: 'school-access',
  keyFactors: [2],
  responsibleService: 'Direction de la communication',
  startDay: -10,
  endDay: 30,
  resources: 'Traduction et impression : 2 500 €.',
  indicators: 'Affiches posées ; lieux couverts.',
  status: A.Planned,
};

const RELAYS: DemoAction = {
  ref: 'relays',
  title: 'Des parents-relais pour accompagner les nouvelles familles',
  objective:
    'Former et indemniser six parents-relais, parlant les langues des familles, qui les accompagnent de l’inscription aux premières semaines d’école.',
  criterion: 'school-access',
  keyFactors: [2],
  responsibleService: 'Direction éducation, avec les associations de quartier',
  startDay: 20,
  endDay: 365,
  resources:
    'Six parents-relais indemnisés à la vacation ; deux jours de formation avec l’équipe de Rennes ; 12 000 € par an.',
  indicators:
    'Familles accompagnées par un parent-relais ; part des enfants scolarisés dans le mois.',
  status: A.Planned,
};

const M = PartnershipSide.Mentor;
const L = PartnershipSide.Learner;

/**
 * The plan, version by version. The first, drafted at the first study visit, came back with
 * changes requested; the second (the desk under way, interpreting reworked, posters replaced by
 * parent liaisons) was submitted at the end of the second visit and is being reviewed.
 */
export const DEMO_PLAN: DemoVersion[] = [
  {
    stage: PlanStage.First,
    submittedDay: -80,
    submittedHour: 14,
    actions: [DESK, CANTEEN, INTERPRETING, CAFES, POSTERS],
    comments: [
      {
        ref: 'v1-plan',
        side: M,
        day: -74,
        hour: 9,
        body: 'Le plan répond bien aux deux points faibles de votre autodiagnostic, l’inscription et l’interprétariat. En revanche, la confiance des familles (facteur clé 2) ne repose que sur une campagne d’affichage : chez nous, les familles viennent quand quelqu’un qu’elles connaissent les accompagne. Avez-vous pensé à des parents-relais ?',
      },
      {
        ref: 'v1-interpreting',
        side: M,
        action: 'interpreting',
        day: -74,
        hour: 10,
        body: 'Le téléphone suffit pour un rendez-vous court, pas pour la première rencontre avec l’école ni pour une équipe éducative : prévoyez des interprètes sur place pour ceux-là, et leur budget. Combien de rendez-vous visez-vous par an ?',
      },
      {
        ref: 'v1-interpreting-reply',
        side: L,
        action: 'interpreting',
        replyTo: 'v1-interpreting',
        day: -72,
        hour: 15,
        body: 'Merci : nous visons 80 rendez-vous la première année, dont une vingtaine sur place. Nous le chiffrons avec le CCAS pour la prochaine version.',
      },
    ],
    decision: {
      day: -70,
      hour: 16,
      note: 'Une bonne base. Pour la deuxième visite : remplacer l’affichage par un accompagnement de personne à personne, et chiffrer l’interprétariat sur place. Nous en reparlerons à Rennes.',
    },
  },
  {
    stage: PlanStage.Second,
    submittedDay: -2,
    submittedHour: 16,
    actions: [
      // Under way since the first visit, and its officer trained at Rennes.
      {
        ...DESK,
        status: A.InProgress,
        resources:
          'Un agent d’accueil à mi-temps, formé au point d’accueil de Rennes ; l’interprétariat par téléphone du marché de la Ville ; une liste unique des pièces acceptées.',
      },
      CANTEEN,
      {
        ...INTERPRETING,
        responsibleService: 'Direction éducation, avec le CCAS',
        endDay: 300,
        resources:
          'L’interprétariat par téléphone pour les rendez-vous courts ; des interprètes sur place pour la première rencontre et les équipes éducatives (une vingtaine par an) ; 9 000 € par an.',
        indicators: 'Rendez-vous avec un interprète, dont sur place.',
      },
      CAFES,
      RELAYS,
    ],
    comments: [
      {
        ref: 'v2-plan',
        side: M,
        day: -1,
        hour: 10,
        body: 'Merci pour cette version, qui reprend ce que nous avons vu ensemble au Blosne. Le calendrier est serré : le point d’accueil et les parents-relais démarrent en même temps, avec la même équipe. Faut-il décaler l’un des deux ?',
      },
      {
        ref: 'v2-relays',
        side: M,
        action: 'relays',
        day: -1,
        hour: 11,
        body: 'Prévoyez qui encadre les parents-relais au quotidien et comment ils sont indemnisés : c’est ce qui a le plus compté chez nous. Nous vous envoyons notre fiche de mission.',
      },
    ],
  },
];
