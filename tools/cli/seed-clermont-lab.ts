import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ArtefactKind,
  type Edition,
  ExperimentDecision,
  ExperimentStatus,
  LabArtefact,
  LabStep,
  MicroExperimentation,
  PolicyLab,
} from '@inclusion/editions';
import type { Membership } from '@inclusion/identity';

const LAB_TITLE = 'Accès à l’information et aux services';

/**
 * Clermont-Ferrand's lab as the pilot ran it: the welcome guide "Bienvenue à Clermont-Ferrand",
 * its English and easy-to-read (FALC) versions, the online map of the places it cites and the
 * peer-sponsorship scheme. `em` must be scoped to the tenant; does nothing if the lab exists.
 */
export async function seedClermontLab(em: EntityManager, edition: Edition, author: Membership) {
  if (await em.count(PolicyLab, { edition, title: LAB_TITLE })) return;
  const tenantId = edition.tenantId;
  const lab = em.create(PolicyLab, {
    tenantId,
    edition,
    title: LAB_TITLE,
    problem:
      'Les personnes nouvellement arrivées ne trouvent pas les informations municipales ni les services auxquels elles ont droit.',
    currentStep: LabStep.Test,
  });
  const artefacts: [LabStep, ArtefactKind, string][] = [
    [
      LabStep.SharedDiagnosis,
      ArtefactKind.Finding,
      'Les documents d’accueil n’existent qu’en français',
    ],
    [
      LabStep.SharedDiagnosis,
      ArtefactKind.Finding,
      'Les lieux utiles sont dispersés et mal signalés',
    ],
    [
      LabStep.Ideation,
      ArtefactKind.Idea,
      'Un guide d’accueil traduit et en facile à lire et à comprendre',
    ],
    [LabStep.Ideation, ArtefactKind.Idea, 'Un parrainage entre habitants et nouveaux arrivants'],
    [
      LabStep.Prototyping,
      ArtefactKind.Prototype,
      'Maquette du guide « Bienvenue à Clermont-Ferrand »',
    ],
  ];
  for (const [step, kind, title] of artefacts) {
    em.create(LabArtefact, { tenantId, lab, step, kind, title, author });
  }
  const experiments: Partial<MicroExperimentation>[] = [
    {
      title: 'Guide « Bienvenue à Clermont-Ferrand » et questionnaire aux usagers',
      status: ExperimentStatus.Concluded,
      results: 'Guide diffusé dans les maisons de quartier ; questionnaire rempli par les usagers.',
      learnings: 'Les usagers demandent une version numérique et une carte des lieux.',
      decision: ExperimentDecision.ScaleUp,
    },
    { title: 'Version numérique en anglais du guide', status: ExperimentStatus.Running },
    {
      title: 'Version FALC (facile à lire et à comprendre) du guide',
      status: ExperimentStatus.Running,
    },
    { title: 'Carte en ligne des lieux cités dans le guide', status: ExperimentStatus.Planned },
    { title: 'Dispositif de parrainage entre pairs', status: ExperimentStatus.Planned },
  ];
  for (const experiment of experiments) {
    em.create(MicroExperimentation, {
      tenantId,
      lab,
      hypothesis: 'Une information accessible aide les nouveaux arrivants à trouver les services.',
      cityService: 'Direction de la citoyenneté et de la vie des quartiers',
      successIndicators: ['Part des usagers qui trouvent le guide utile'],
      title: experiment.title!,
      ...experiment,
    });
  }
  await em.flush();
}
