import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Edition,
  EditionPhase,
  type EditionService,
  PhaseDeliverable,
  PhaseStatus,
} from '@inclusion/editions';
import { TemplateVersion } from '@inclusion/methodology';
import type { Tenant } from '@inclusion/tenancy';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A Resilient Cities edition that started `startedWeeksAgo` weeks ago, brought to where its plan
 * says it is today: past phases done with their checklists ticked, current ones active. `em` must
 * be scoped to the tenant. Does nothing if the tenant already has the edition.
 */
export async function seedEdition(
  em: EntityManager,
  editions: EditionService,
  tenant: Tenant,
  name: string,
  startedWeeksAgo: number,
): Promise<Edition> {
  const existing = await em.findOne(Edition, { name });
  if (existing) return existing;
  const template = await em.findOneOrFail(TemplateVersion, { key: 'resilient-cities', version: 1 });
  const today = new Date().toISOString().slice(0, 10);
  const startDate = new Date(Date.now() - startedWeeksAgo * 7 * DAY_MS).toISOString().slice(0, 10);
  const edition = await editions.create(em, tenant, {
    name,
    templateVersionId: template.id,
    startDate,
  });
  for (const phase of await em.find(EditionPhase, { edition })) {
    if (phase.plannedEnd < today) {
      phase.status = PhaseStatus.Done;
      phase.actualStart = phase.plannedStart;
      phase.actualEnd = phase.plannedEnd;
      for (const deliverable of await em.find(PhaseDeliverable, { phase })) {
        deliverable.doneAt = new Date(`${phase.plannedEnd}T17:00:00Z`);
        deliverable.evidenceNote = 'Validé en comité de pilotage (données de démonstration).';
      }
    } else if (phase.plannedStart <= today) {
      phase.status = PhaseStatus.Active;
      phase.actualStart = phase.plannedStart;
    }
  }
  await editions.refreshStatus(em, edition);
  await em.flush();
  return edition;
}
