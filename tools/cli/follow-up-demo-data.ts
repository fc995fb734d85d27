import type { Translated } from '@inclusion/i18n';
import {
  AnswerDecision,
  CommitmentStatus,
  RecommendationStatus,
  RecommendationTheme,
} from '@inclusion/follow-up';

/**
 * The follow-up of the pilot cities, from the pilot's documents. Every date is a number of days
 * from the day the seed runs (negative: in the past), so overdue and stale commitments stay so.
 */

export interface DemoUpdate {
  day: number;
  progress: number;
  /** Otherwise from the progress: 0 not started, 100 done, in progress between. */
  status?: CommitmentStatus;
  note: string;
  evidence?: string[];
}

export interface DemoCommitment {
  /** Its external id after the city's prefix, e.g. C01. */
  ref: string;
  title: Translated;
  department: string;
  dueDay: number;
  published?: boolean;
  statusReason?: string;
  weight?: number;
  /** The first entry is its creation (progress 0). A commitment with milestones has only that. */
  history: DemoUpdate[];
  milestones?: DemoCommitment[];
}

export interface DemoAnswer {
  day: number;
  decision: AnswerDecision;
  reason?: string;
}

export interface DemoRecommendation {
  title: Translated;
  body: Translated;
  theme: RecommendationTheme;
  localTheme?: Translated;
  status: RecommendationStatus;
  /** When the cohorts started writing it. */
  createdDay: number;
  submittedDay?: number;
  /** Written in the city's Policy Lab. */
  fromLab?: boolean;
  /** Oldest first: the last one is the city's current answer. */
  answers?: DemoAnswer[];
  commitments?: DemoCommitment[];
}

export interface DemoFollowUp {
  /** Of the external ids: LYON-R01, LYON-C01. */
  prefix: string;
  recommendations: DemoRecommendation[];
}

const S = CommitmentStatus;

/** In follow-up: submitted four months ago, answered, commitments under way since. */
const LYON: DemoFollowUp = {
  prefix: 'LYON',
  recommendations: [
    {
      title: {
        fr: 'Rendre l’information municipale lisible dans les langues des habitants',
        en: 'Make municipal information readable in the languages residents speak',
      },
      body: {
        fr: 'Les personnes nouvellement arrivées ne trouvent pas les informations de la Ville : les guides et la signalétique des mairies d’arrondissement n’existent qu’en français. Nous recommandons une signalétique multilingue aux accueils et un guide des démarches traduit dans les langues les plus parlées par les nouveaux arrivants.',
        en: 'Newcomers cannot find the City’s information: the guides and the signage of the district town halls exist in French only. We recommend multilingual signage at the front desks and a guide to municipal procedures translated into the languages newcomers speak most.',
      },
      theme: RecommendationTheme.InformationAccess,
      status: RecommendationStatus.Submitted,
      createdDay: -130,
      submittedDay: -112,
      answers: [{ day: -100, decision: AnswerDecision.Accepted }],
      commitments: [
        {
          ref: 'C01',
          title: {
            fr: 'Signalétique multilingue dans les accueils des mairies d’arrondissement',
            en: 'Multilingual signage at the front desks of the district town halls',
          },
          department: 'Direction des mairies d’arrondissement',
          dueDay: 75,
          published: true,
          history: [
            { day: -95, progress: 0, note: 'Engagement pris en réponse à la recommandation.' },
            {
              day: -70,
              progress: 20,
              note: 'Inventaire des panneaux d’accueil dans les neuf mairies d’arrondissement.',
            },
            {
              day: -38,
              progress: 45,
              note: 'Pictogrammes et traductions validés avec des participants de la cohorte.',
            },
            {
              day: -12,
              progress: 70,
              note: 'Panneaux posés dans six mairies d’arrondissement sur neuf.',
              evidence: [
                'https://www.lyon.fr/actualite/accueil/une-signaletique-en-plusieurs-langues',
              ],
            },
          ],
        },
        {
          ref: 'C02',
          title: {
            fr: 'Guide des démarches municipales traduit en six langues',
            en: 'Guide to municipal procedures translated into six languages',
          },
          department: 'Direction de la communication externe',
          dueDay: -20,
          published: true,
          history: [
            { day: -95, progress: 0, note: 'Engagement pris en réponse à la recommandation.' },
            {
              day: -66,
              progress: 35,
              note: 'Langues choisies avec la cohorte : anglais, arabe, dari, tigrigna, ukrainien, espagnol.',
            },
            {
              day: -41,
              progress: 80,
              note: 'Traductions relues par des habitants dont c’est la langue maternelle.',
            },
            {
              day: -24,
              progress: 100,
              note: 'Guide en ligne et imprimé pour les accueils.',
              evidence: ['https://www.lyon.fr/demarches/guide-des-demarches-en-six-langues'],
            },
          ],
        },
        {
          ref: 'C03',
          title: {
            fr: 'Bornes d’information à traduction automatique dans les halls d’accueil',
            en: 'Machine-translation information kiosks in the front halls',
          },
          department: 'Direction de l’innovation numérique et des systèmes d’information',
          dueDay: 30,
          statusReason:
            'Traductions automatiques jugées peu fiables par les testeurs : la Ville privilégie la signalétique et l’accueil humain.',
          history: [
            { day: -95, progress: 0, note: 'Engagement pris en réponse à la recommandation.' },
            {
              day: -62,
              progress: 15,
              note: 'Borne d’essai installée à la mairie du 8e arrondissement.',
            },
            {
              day: -35,
              progress: 15,
              status: S.Abandoned,
              note: 'Essai arrêté : les traductions automatiques ont induit des usagers en erreur.',
            },
          ],
        },
      ],
    },
    {
      title: {
        fr: 'Garantir un interprétariat aux guichets municipaux',
        en: 'Guarantee interpreting at municipal service desks',
      },
      body: {
        fr: 'Sans interprète, les démarches échouent ou reposent sur des enfants et des proches. Nous recommandons un interprétariat professionnel, par téléphone ou sur rendez-vous, dans les services qui reçoivent du public, et la formation des agents au travail avec un interprète.',
        en: 'Without an interpreter, procedures fail or rest on children and relatives. We recommend professional interpreting, by phone or by appointment, in the services that receive the public, and training staff to work with an interpreter.',
      },
      theme: RecommendationTheme.InformationAccess,
      status: RecommendationStatus.Submitted,
      createdDay: -130,
      submittedDay: -112,
      answers: [
        {
          day: -100,
          decision: AnswerDecision.PartlyAccepted,
          reason:
            'Accepté pour les mairies d’arrondissement et le CCAS ; les autres services suivront après évaluation.',
        },
      ],
      commitments: [
        {
          ref: 'C04',
          title: {
            fr: 'Interprétariat par téléphone aux accueils des mairies d’arrondissement et du CCAS',
            en: 'Telephone interpreting at the front desks of the district town halls and the CCAS',
          },
          department: 'Direction de la commande publique',
          dueDay: 90,
          statusReason: 'Premier appel d’offres infructueux : le marché est relancé.',
          history: [
            { day: -90, progress: 0, note: 'Engagement pris en réponse à la recommandation.' },
            {
              day: -60,
              progress: 25,
              note: 'Cahier des charges écrit avec des agents d’accueil et des participants de la cohorte.',
            },
            {
              day: -20,
              progress: 25,
              status: S.Delayed,
              note: 'Aucune offre conforme : consultation relancée, attribution attendue au prochain trimestre.',
            },
          ],
        },
        {
          ref: 'C05',
          title: {
            fr: 'Former les agents d’accueil au travail avec un interprète',
            en: 'Train front-desk staff to work with an interpreter',
          },
          department: 'Direction des ressources humaines',
          dueDay: 120,
          history: [
            { day: -90, progress: 0, note: 'Engagement pris en réponse à la recommandation.' },
            {
              day: -74,
              progress: 30,
              note: 'Module conçu avec les facilitateurs de PLACE ; première session pour douze agents.',
            },
          ],
        },
      ],
    },
    {
      title: {
        fr: 'Ouvrir la participation citoyenne aux résidents non européens',
        en: 'Open civic participation to non-EU residents',
      },
      body: {
        fr: 'Les résidents non européens ne votent pas aux élections municipales et se sentent tenus à l’écart des conseils de quartier. Nous recommandons d’ouvrir le budget participatif et les conseils de quartier à tous les habitants, sans condition de nationalité, et de les faire connaître là où se trouvent les nouveaux arrivants.',
        en: 'Non-EU residents do not vote in municipal elections and feel kept out of the neighbourhood councils. We recommend opening the participatory budget and the neighbourhood councils to every resident, whatever their nationality, and making them known where newcomers are.',
      },
      theme: RecommendationTheme.Participation,
      status: RecommendationStatus.Submitted,
      createdDay: -130,
      submittedDay: -112,
      answers: [
        {
          day: -100,
          decision: AnswerDecision.UnderStudy,
          reason: 'Étude juridique en cours sur l’ouverture du vote du budget participatif.',
        },
        { day: -45, decision: AnswerDecision.Accepted },
      ],
      commitments: [
        {
          ref: 'C06',
          title: {
            fr: 'Ouvrir le vote du budget participatif à tous les habitants, sans condition de nationalité',
            en: 'Open the participatory budget vote to every resident, whatever their nationality',
          },
          department: 'Direction de la démocratie locale et de la participation',
          dueDay: 150,
          published: true,
          history: [
            { day: -40, progress: 0, note: 'Engagement pris après l’étude juridique.' },
            {
              day: -21,
              progress: 20,
              note: 'Modification du règlement du budget participatif présentée en commission.',
            },
            {
              day: -6,
              progress: 40,
              note: 'Délibération adoptée en conseil municipal.',
              evidence: ['https://www.lyon.fr/vie-municipale/conseil-municipal/deliberations'],
            },
          ],
        },
        {
          ref: 'C07',
          title: {
            fr: 'Présenter les conseils de quartier dans les cours de français pour adultes',
            en: 'Present the neighbourhood councils in French classes for adults',
          },
          department: 'Direction de la démocratie locale et de la participation',
          dueDay: -9,
          history: [
            { day: -40, progress: 0, note: 'Engagement pris après l’étude juridique.' },
            {
              day: -25,
              progress: 30,
              note: 'Trois présentations dans les cours de français des centres sociaux.',
            },
            {
              day: -15,
              progress: 60,
              note: 'Supports traduits ; quatre structures restent à visiter.',
            },
          ],
        },
      ],
    },
    {
      title: {
        fr: 'Reconnaître et indemniser l’expertise d’usage des personnes exilées',
        en: 'Recognise and compensate the lived expertise of exiled people',
      },
      body: {
        fr: 'Les personnes exilées qui conseillent la Ville le font bénévolement, sur leur temps de travail ou de recherche d’emploi. Nous recommandons un comité d’usagers permanent dont les membres sont indemnisés pour chaque séance.',
        en: 'Exiled people who advise the City do so unpaid, on their working or job-seeking time. We recommend a standing users’ committee whose members are compensated for each meeting.',
      },
      theme: RecommendationTheme.LivedExpertise,
      status: RecommendationStatus.Submitted,
      createdDay: -130,
      submittedDay: -112,
      answers: [
        {
          day: -100,
          decision: AnswerDecision.Declined,
          reason:
            'Aucun cadre juridique ne permet aujourd’hui d’indemniser des habitants siégeant dans une instance consultative. La Ville continue de prendre en charge les frais de transport et de garde d’enfants des participants.',
        },
      ],
    },
    {
      title: {
        fr: 'Un réseau de pair-aidance dans les centres sociaux',
        en: 'A peer-support network in the social centres',
      },
      body: {
        fr: 'D’anciens participants accompagnent les nouveaux arrivants dans leurs premières démarches, avec l’appui des centres sociaux et des associations partenaires.',
        en: 'Former participants accompany newcomers through their first procedures, backed by the social centres and the partner associations.',
      },
      theme: RecommendationTheme.PeerMentoring,
      // Presented at the public restitution; the cohort is still finishing it for the City.
      status: RecommendationStatus.Presented,
      createdDay: -120,
    },
  ],
};

/** Its lab's first recommendations, submitted early so the guide could go on. */
const CLERMONT: DemoFollowUp = {
  prefix: 'CLERMONT',
  recommendations: [
    {
      title: {
        fr: 'Un guide d’accueil lisible par toutes et tous',
        en: 'A welcome guide everyone can read',
      },
      body: {
        fr: 'Le guide « Bienvenue à Clermont-Ferrand » n’existe qu’en français et sur papier. Les usagers interrogés demandent sa mise à jour, une version en anglais, une version en FALC (facile à lire et à comprendre) et une carte en ligne des lieux qu’il cite.',
        en: 'The “Bienvenue à Clermont-Ferrand” guide exists only in French and on paper. The users surveyed ask for an update, an English version, an easy-to-read version and an online map of the places it lists.',
      },
      theme: RecommendationTheme.InformationAccess,
      status: RecommendationStatus.Submitted,
      createdDay: -84,
      submittedDay: -77,
      fromLab: true,
      answers: [{ day: -63, decision: AnswerDecision.Accepted }],
      commitments: [
        {
          ref: 'C01',
          title: {
            fr: 'Guide « Bienvenue à Clermont-Ferrand » : mise à jour et versions accessibles',
            en: '“Bienvenue à Clermont-Ferrand” guide: update and accessible versions',
          },
          department: 'Direction de la citoyenneté et de la vie des quartiers',
          dueDay: 120,
          published: true,
          history: [{ day: -56, progress: 0, note: 'Engagement pris en réponse au Policy Lab.' }],
          milestones: [
            {
              ref: 'C01.1',
              title: { fr: 'Version numérique en anglais', en: 'English digital version' },
              department: 'Direction de la communication',
              dueDay: -14,
              weight: 1,
              history: [
                { day: -56, progress: 0, note: 'Jalon créé.' },
                {
                  day: -42,
                  progress: 50,
                  note: 'Traduction terminée, relue par deux participantes anglophones.',
                },
                {
                  day: -28,
                  progress: 100,
                  note: 'Version anglaise en ligne.',
                  evidence: ['https://clermont-ferrand.fr/bienvenue-a-clermont-ferrand-english'],
                },
              ],
            },
            {
              ref: 'C01.2',
              title: {
                fr: 'Version FALC (facile à lire et à comprendre)',
                en: 'Easy-to-read version',
              },
              department: 'Direction de la citoyenneté et de la vie des quartiers',
              dueDay: 60,
              weight: 2,
              history: [
                { day: -56, progress: 0, note: 'Jalon créé.' },
                {
                  day: -35,
                  progress: 20,
                  note: 'Atelier de transcription en FALC avec une association spécialisée.',
                },
                {
                  day: -14,
                  progress: 50,
                  note: 'Première moitié du guide testée auprès de personnes qui apprennent le français.',
                },
              ],
            },
            {
              ref: 'C01.3',
              title: {
                fr: 'Carte en ligne des lieux cités dans le guide',
                en: 'Online map of the places the guide lists',
              },
              department: 'Direction du numérique',
              dueDay: 120,
              weight: 1,
              history: [
                { day: -56, progress: 0, note: 'Jalon créé.' },
                {
                  day: -10,
                  progress: 20,
                  note: 'Lieux géolocalisés ; choix de l’outil de cartographie en cours.',
                },
              ],
            },
          ],
        },
        {
          ref: 'C02',
          title: {
            fr: 'Diffuser le guide mis à jour dans les maisons de quartier, au CCAS et en mairie',
            en: 'Distribute the updated guide in the neighbourhood centres, the CCAS and the town hall',
          },
          department: 'Centre communal d’action sociale (CCAS)',
          dueDay: -5,
          published: true,
          history: [
            { day: -56, progress: 0, note: 'Engagement pris en réponse au Policy Lab.' },
            { day: -30, progress: 40, note: 'Guide déposé dans huit maisons de quartier.' },
            {
              day: -12,
              progress: 80,
              note: 'Diffusion au CCAS et en mairie, avec le questionnaire aux usagers.',
            },
          ],
        },
      ],
    },
    {
      title: {
        fr: 'Un parrainage entre personnes exilées pour s’orienter dans la ville',
        en: 'Peer sponsorship between exiled people to find one’s way in the city',
      },
      body: {
        fr: 'Des personnes exilées installées depuis plus longtemps aident les nouveaux arrivants à comprendre leurs droits, à s’orienter dans la ville et à rompre l’isolement, de pair à pair.',
        en: 'Exiled people settled for longer help newcomers understand their rights, find their way in the city and break their isolation, peer to peer.',
      },
      theme: RecommendationTheme.PeerMentoring,
      status: RecommendationStatus.Submitted,
      createdDay: -84,
      submittedDay: -77,
      fromLab: true,
      answers: [
        {
          day: -63,
          decision: AnswerDecision.PartlyAccepted,
          reason:
            'La Ville soutient le dispositif dans deux maisons de quartier ; un poste de coordination dédié n’est pas retenu à ce stade.',
        },
      ],
      commitments: [
        {
          ref: 'C03',
          title: {
            fr: 'Lancer le parrainage dans deux maisons de quartier',
            en: 'Start peer sponsorship in two neighbourhood centres',
          },
          department: 'Direction de la citoyenneté et de la vie des quartiers',
          dueDay: 100,
          history: [
            { day: -50, progress: 0, note: 'Engagement pris en réponse au Policy Lab.' },
            { day: -30, progress: 20, note: 'Deux maisons de quartier volontaires.' },
            { day: -8, progress: 40, note: 'Sept binômes formés.' },
          ],
        },
        {
          ref: 'C04',
          title: {
            fr: 'Charte du parrainage et formation des premiers parrains et marraines',
            en: 'Sponsorship charter and training of the first sponsors',
          },
          department: 'Direction de la solidarité et de l’action sociale',
          dueDay: -10,
          published: true,
          history: [
            { day: -50, progress: 0, note: 'Engagement pris en réponse au Policy Lab.' },
            { day: -36, progress: 60, note: 'Charte écrite avec les participants du Policy Lab.' },
            {
              day: -20,
              progress: 100,
              note: 'Douze parrains et marraines formés.',
              evidence: ['https://clermont-ferrand.fr/parrainage-nouveaux-arrivants'],
            },
          ],
        },
      ],
    },
    {
      title: {
        fr: 'Des cours de français près de chez soi, avec une garde d’enfants',
        en: 'French classes close to home, with childcare',
      },
      body: {
        fr: 'Les cours de français sont complets et éloignés, et les parents isolés ne peuvent pas y aller faute de garde. Nous recommandons des cours dans les maisons de quartier, à des horaires adaptés, avec une garde d’enfants.',
        en: 'French classes are full and far away, and single parents cannot attend for lack of childcare. We recommend classes in the neighbourhood centres, at suitable hours, with childcare.',
      },
      theme: RecommendationTheme.Local,
      localTheme: { fr: 'Apprentissage du français', en: 'Learning French' },
      status: RecommendationStatus.Submitted,
      createdDay: -84,
      submittedDay: -77,
      answers: [
        {
          day: -63,
          decision: AnswerDecision.UnderStudy,
          reason:
            'Étude avec les associations qui enseignent le français sur le financement de la garde d’enfants.',
        },
      ],
    },
    {
      title: {
        fr: 'Une carte de la citoyenneté pour accéder aux services municipaux',
        en: 'A citizenship card to access municipal services',
      },
      body: {
        fr: 'Une carte délivrée à tous les habitants, quel que soit leur statut, ouvrirait l’accès aux équipements municipaux (bibliothèques, piscines, maisons de quartier) et affirmerait l’appartenance à la ville.',
        en: 'A card issued to every resident, whatever their status, would open the municipal facilities (libraries, swimming pools, neighbourhood centres) and affirm that they belong to the city.',
      },
      theme: RecommendationTheme.Participation,
      // Still being written in the lab.
      status: RecommendationStatus.Draft,
      createdDay: -10,
    },
  ],
};

/**
 * In its training: the newcomers' extra meetings set their priorities, drafts the Labs will take
 * up. Nothing to answer yet.
 */
const GRENOBLE: DemoFollowUp = {
  prefix: 'GRENOBLE',
  recommendations: [
    {
      title: {
        fr: 'Une information sur les services de la Métropole en plusieurs langues',
        en: 'Information on the Metropole’s services in several languages',
      },
      body: {
        fr: 'Transports, eau, déchets, logement : les nouveaux arrivants ne savent pas à qui s’adresser. Une information traduite et des permanences avec interprète les aideraient.',
        en: 'Transport, water, waste, housing: newcomers do not know whom to ask. Translated information and drop-in hours with an interpreter would help them.',
      },
      theme: RecommendationTheme.InformationAccess,
      status: RecommendationStatus.Draft,
      createdDay: -20,
    },
    {
      title: {
        fr: 'Associer les résidents non européens au conseil de développement',
        en: 'Involve non-EU residents in the development council',
      },
      body: {
        fr: 'Le conseil de développement de la Métropole pourrait réserver des places à des résidents non européens et les accompagner dans leur prise de parole.',
        en: 'The Metropole’s development council could reserve seats for non-EU residents and support them in speaking up.',
      },
      theme: RecommendationTheme.Participation,
      status: RecommendationStatus.Draft,
      createdDay: -15,
    },
    {
      title: {
        fr: 'Des binômes entre nouveaux arrivants et habitants',
        en: 'Pairs of newcomers and long-time residents',
      },
      body: {
        fr: 'Un habitant et une personne nouvellement arrivée se retrouvent quelques mois pour découvrir la ville, ses services et ses associations.',
        en: 'A resident and a newcomer meet for a few months to discover the city, its services and its associations.',
      },
      theme: RecommendationTheme.PeerMentoring,
      status: RecommendationStatus.Draft,
      createdDay: -9,
    },
  ],
};

/** By tenant slug. */
export const DEMO_FOLLOW_UP: Record<string, DemoFollowUp> = {
  lyon: LYON,
  'clermont-ferrand': CLERMONT,
  'grenoble-alpes-metropole': GRENOBLE,
};
