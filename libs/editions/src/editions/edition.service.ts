import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { keysetPage, type Page, type PageArgs } from '@inclusion/graphql';
import type { RequestContext } from '@inclusion/identity';
import { MethodologyService } from '@inclusion/methodology';
import type { TenantRow } from '@inclusion/tenancy';
import { editionNotFound } from '../editions.errors';
import { EditionPhase, PhaseStatus } from '../phases/edition-phase.entity';
import { PhaseDeliverable } from '../phases/phase-deliverable.entity';
import { planPhases } from '../phases/phase-plan';
import { Edition, EditionStatus } from './edition.entity';

export interface EditionDraft {
  name: string;
  templateVersionId: string;
  startDate: string;
}

@Injectable()
export class EditionService {
  constructor(private readonly methodology: MethodologyService) {}

  /** The edition and its phases and checklists, planned from the template version's durations. */
  async create(em: EntityManager, tenant: TenantRow, draft: EditionDraft): Promise<Edition> {
    const templateVersion = await this.methodology.get(em, draft.templateVersionId);
    const edition = em.create(Edition, {
      tenantId: tenant.id,
      name: draft.name.trim(),
      templateVersion,
      startDate: draft.startDate,
    });
    const definitions = templateVersion.definition.phases;
    for (const planned of planPhases(draft.startDate, definitions)) {
      const definition = definitions.find((phase) => phase.key === planned.key)!;
      const phase = em.create(EditionPhase, {
        tenantId: tenant.id,
        edition,
        key: definition.key,
        position: definition.order,
        name: definition.name,
        description: definition.description,
        plannedStart: planned.plannedStart,
        plannedEnd: planned.plannedEnd,
      });
      for (const deliverable of definition.deliverables) {
        em.create(PhaseDeliverable, {
          tenantId: tenant.id,
          phase,
          key: deliverable.key,
          label: deliverable.label,
          mandatory: deliverable.mandatory,
        });
      }
    }
    await em.flush();
    return edition;
  }

  list(em: EntityManager, page: PageArgs): Promise<Page<Edition>> {
    return keysetPage(em, Edition, {}, page, {
      field: 'id',
      direction: 'desc',
      keyOf: (edition) => edition.id,
    });
  }

  /** Completed editions with the day their last phase ended, for the retention of their data. */
  async completedWithEndDates(em: EntityManager): Promise<{ edition: Edition; endedOn: string }[]> {
    const editions = await em.find(Edition, { status: EditionStatus.Completed });
    const phases = await em.find(EditionPhase, { edition: { $in: editions } });
    return editions.map((edition) => ({
      edition,
      endedOn: phases
        .filter((phase) => phase.edition.id === edition.id)
        .map((phase) => phase.actualEnd ?? phase.plannedEnd)
        .reduce((latest, day) => (day > latest ? day : latest), edition.startDate),
    }));
  }

  async get(em: EntityManager, id: string): Promise<Edition> {
    const edition = await em.findOne(Edition, { id });
    if (!edition) throw editionNotFound();
    return edition;
  }

  async rename(ctx: RequestContext, id: string, name: string): Promise<Edition> {
    const edition = await this.get(ctx.em, id);
    edition.name = name.trim();
    await ctx.em.flush();
    return edition;
  }

  /** Derived from the phases: planned until one starts, completed once all are done or skipped. */
  async refreshStatus(em: EntityManager, edition: Edition): Promise<void> {
    // Two phases closing at once must not each see the other still open.
    await em.lock(edition, LockMode.PESSIMISTIC_WRITE);
    const phases = await em.find(EditionPhase, { edition }, { refresh: true });
    const closed = phases.filter((p) => [PhaseStatus.Done, PhaseStatus.Skipped].includes(p.status));
    edition.status =
      closed.length === phases.length
        ? EditionStatus.Completed
        : phases.some((p) => p.status !== PhaseStatus.Planned)
          ? EditionStatus.Running
          : EditionStatus.Planned;
  }
}
