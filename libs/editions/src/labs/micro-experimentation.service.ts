import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '@inclusion/identity';
import {
  experimentNotFound,
  experimentTransitionNotAllowed,
  invalidDateRange,
} from '../editions.errors';
import {
  ExperimentStatus,
  MicroExperimentation,
  type ExperimentDecision,
} from './micro-experimentation.entity';
import { PolicyLabService } from './policy-lab.service';

export interface ExperimentDraft {
  title?: string;
  hypothesis?: string;
  cityService?: string;
  startDate?: string | null;
  endDate?: string | null;
  successIndicators?: string[];
}

export type ExperimentOutcome =
  | { action: 'start' }
  | { action: 'conclude'; results: string; learnings: string; decision: ExperimentDecision }
  | { action: 'abandon'; learnings: string };

const FROM: Record<ExperimentOutcome['action'], ExperimentStatus[]> = {
  start: [ExperimentStatus.Planned],
  conclude: [ExperimentStatus.Running],
  abandon: [ExperimentStatus.Planned, ExperimentStatus.Running],
};

@Injectable()
export class MicroExperimentationService {
  constructor(private readonly labs: PolicyLabService) {}

  async create(
    ctx: RequestContext,
    labId: string,
    draft: Required<Pick<ExperimentDraft, 'title' | 'hypothesis' | 'cityService'>> &
      ExperimentDraft,
  ) {
    const lab = await this.labs.get(ctx.em, labId);
    const experiment = ctx.em.create(MicroExperimentation, {
      tenantId: lab.tenantId,
      lab,
      title: draft.title,
      hypothesis: draft.hypothesis,
      cityService: draft.cityService,
    });
    this.apply(experiment, draft);
    await ctx.em.flush();
    return experiment;
  }

  async update(ctx: RequestContext, id: string, draft: ExperimentDraft) {
    const experiment = await this.get(ctx.em, id);
    this.apply(experiment, draft);
    await ctx.em.flush();
    return experiment;
  }

  /** planned → running → concluded (with results, learnings and a decision), or abandoned. */
  async settle(ctx: RequestContext, id: string, outcome: ExperimentOutcome) {
    const experiment = await this.get(ctx.em, id);
    if (!FROM[outcome.action].includes(experiment.status)) {
      throw experimentTransitionNotAllowed(experiment.status, outcome.action);
    }
    if (outcome.action === 'start') experiment.status = ExperimentStatus.Running;
    if (outcome.action === 'conclude') {
      Object.assign(experiment, {
        status: ExperimentStatus.Concluded,
        results: outcome.results.trim(),
        learnings: outcome.learnings.trim(),
        decision: outcome.decision,
      });
    }
    if (outcome.action === 'abandon') {
      Object.assign(experiment, {
        status: ExperimentStatus.Abandoned,
        learnings: outcome.learnings.trim(),
      });
    }
    await ctx.em.flush();
    return experiment;
  }

  async get(em: EntityManager, id: string): Promise<MicroExperimentation> {
    const experiment = await em.findOne(MicroExperimentation, { id });
    if (!experiment) throw experimentNotFound();
    return experiment;
  }

  forLabs(em: EntityManager, labIds: readonly string[]) {
    return em.find(
      MicroExperimentation,
      { lab: { $in: [...labIds] } },
      { orderBy: { createdAt: 'asc' } },
    );
  }

  private apply(experiment: MicroExperimentation, draft: ExperimentDraft) {
    for (const field of [
      'title',
      'hypothesis',
      'cityService',
      'startDate',
      'endDate',
      'successIndicators',
    ] as const) {
      if (draft[field] !== undefined) Object.assign(experiment, { [field]: draft[field] });
    }
    if (experiment.startDate && experiment.endDate && experiment.endDate < experiment.startDate) {
      throw invalidDateRange();
    }
  }
}
