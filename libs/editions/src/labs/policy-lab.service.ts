import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '@inclusion/identity';
import { ActivityKind } from '@inclusion/methodology';
import { Activity } from '../activities/activity.entity';
import {
  activityNotFound,
  artefactNotFound,
  labNotFound,
  lastLabStep,
  memberNotFound,
  notAnIdea,
  stepNotReached,
  wrongActivityKind,
} from '../editions.errors';
import { EditionService } from '../editions/edition.service';
import { IdeaSupport } from './idea-support.entity';
import { LabArtefact } from './lab-artefact.entity';
import { ArtefactKind, LAB_STEPS, type LabStep } from './lab-step';
import { PolicyLab } from './policy-lab.entity';

export interface ArtefactDraft {
  step: LabStep;
  kind: ArtefactKind;
  title: string;
  body?: string | null;
  workshopId?: string | null;
}

@Injectable()
export class PolicyLabService {
  constructor(private readonly editions: EditionService) {}

  async create(
    ctx: RequestContext,
    editionId: string,
    draft: { title: string; problem: string; framingSessionId?: string | null },
  ): Promise<PolicyLab> {
    const edition = await this.editions.get(ctx.em, editionId);
    const framingSession = draft.framingSessionId
      ? await this.activityOfKind(
          ctx.em,
          draft.framingSessionId,
          edition.id,
          ActivityKind.FramingSession,
        )
      : null;
    const lab = ctx.em.create(PolicyLab, {
      tenantId: edition.tenantId,
      edition,
      title: draft.title.trim(),
      problem: draft.problem.trim(),
      framingSession,
    });
    await ctx.em.flush();
    return lab;
  }

  async get(em: EntityManager, id: string): Promise<PolicyLab> {
    const lab = await em.findOne(PolicyLab, { id });
    if (!lab) throw labNotFound();
    return lab;
  }

  async list(em: EntityManager, editionId: string): Promise<PolicyLab[]> {
    const edition = await this.editions.get(em, editionId);
    return em.find(PolicyLab, { edition }, { orderBy: { createdAt: 'asc' } });
  }

  /** Shared diagnosis → ideation → prototyping → test, one step at a time. */
  async advance(ctx: RequestContext, id: string): Promise<PolicyLab> {
    const lab = await this.get(ctx.em, id);
    const next = LAB_STEPS[LAB_STEPS.indexOf(lab.currentStep) + 1];
    if (!next) throw lastLabStep();
    lab.currentStep = next;
    await ctx.em.flush();
    return lab;
  }

  /** Members add what a step produced, at the lab's current step or an earlier one. */
  async addArtefact(
    ctx: RequestContext,
    labId: string,
    draft: ArtefactDraft,
  ): Promise<LabArtefact> {
    const lab = await this.get(ctx.em, labId);
    if (LAB_STEPS.indexOf(draft.step) > LAB_STEPS.indexOf(lab.currentStep)) throw stepNotReached();
    if (!ctx.membership) throw memberNotFound();
    const workshop = draft.workshopId
      ? await this.activityOfKind(
          ctx.em,
          draft.workshopId,
          lab.edition.id,
          ActivityKind.PolicyLabWorkshop,
        )
      : null;
    // A workshop placed in another lab cannot be the source of this lab's artefact.
    if (workshop?.policyLab && workshop.policyLab.id !== lab.id) throw activityNotFound();
    const artefact = ctx.em.create(LabArtefact, {
      tenantId: lab.tenantId,
      lab,
      step: draft.step,
      kind: draft.kind,
      title: draft.title.trim(),
      body: draft.body?.trim() || null,
      workshop,
      author: ctx.membership.id,
    });
    await ctx.em.flush();
    return artefact;
  }

  async artefacts(em: EntityManager, labIds: readonly string[]): Promise<LabArtefact[]> {
    return em.find(LabArtefact, { lab: { $in: [...labIds] } }, { orderBy: { createdAt: 'asc' } });
  }

  /** Backing an idea twice counts once; withdrawing what was not given changes nothing. */
  async support(ctx: RequestContext, ideaId: string, supported: boolean): Promise<LabArtefact> {
    const idea = await ctx.em.findOne(LabArtefact, { id: ideaId });
    if (!idea) throw artefactNotFound();
    if (idea.kind !== ArtefactKind.Idea) throw notAnIdea();
    if (!ctx.membership) throw memberNotFound();
    const existing = await ctx.em.findOne(IdeaSupport, { idea, membership: ctx.membership.id });
    if (supported && !existing) {
      ctx.em.create(IdeaSupport, { tenantId: idea.tenantId, idea, membership: ctx.membership.id });
    } else if (!supported && existing) {
      ctx.em.remove(existing);
    }
    await ctx.em.flush();
    return idea;
  }

  async supportCounts(em: EntityManager, ideaIds: readonly string[]) {
    const rows = await em.execute<{ idea_id: string; supporters: string }[]>(
      `select idea_id, count(*) as supporters from idea_support where idea_id in (?) group by idea_id`,
      [[...ideaIds]],
    );
    return rows.map((row) => ({ ideaId: row.idea_id, supporters: Number(row.supporters) }));
  }

  private async activityOfKind(
    em: EntityManager,
    id: string,
    editionId: string,
    kind: ActivityKind,
  ) {
    const activity = await em.findOne(Activity, { id, edition: editionId });
    if (!activity) throw activityNotFound();
    if (activity.kind !== kind) throw wrongActivityKind(kind);
    return activity;
  }
}
