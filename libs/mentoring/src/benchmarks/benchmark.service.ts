import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '@inclusion/identity';
import { criterionNotFound } from '../mentoring.errors';
import type { PartnershipTheme } from '../partnerships/partnership-theme';
import { BenchmarkCriterion } from './benchmark-criterion.entity';
import { BenchmarkIndicator } from './benchmark-indicator.entity';
import type { BenchmarkEntriesInput, CreateBenchmarkCriterionInput } from './benchmark.types';
import { GoodPractice } from './good-practice.entity';
import { KeyFactor } from './key-factor.entity';

/** The network's benchmark library: every city reads it, the network operator writes it. */
@Injectable()
export class BenchmarkService {
  criteria(em: EntityManager, theme?: PartnershipTheme | null) {
    return em.find(BenchmarkCriterion, theme ? { theme } : {}, { orderBy: { createdAt: 'asc' } });
  }

  async get(em: EntityManager, id: string): Promise<BenchmarkCriterion> {
    const criterion = await em.findOne(BenchmarkCriterion, { id });
    if (!criterion) throw criterionNotFound();
    return criterion;
  }

  async create(ctx: RequestContext, input: CreateBenchmarkCriterionInput) {
    const criterion = ctx.em.create(BenchmarkCriterion, {
      theme: input.theme,
      title: input.title,
      description: input.description,
      createdById: ctx.requireActor().user.id,
    });
    await this.add(ctx.em, criterion.id, input);
    await ctx.em.flush();
    return criterion;
  }

  async extend(ctx: RequestContext, id: string, entries: BenchmarkEntriesInput) {
    const criterion = await this.get(ctx.em, id);
    await this.add(ctx.em, id, entries);
    await ctx.em.flush();
    return criterion;
  }

  keyFactors(em: EntityManager, criterionId: string) {
    return em.find(KeyFactor, { criterionId }, { orderBy: { position: 'asc' } });
  }

  goodPractices(em: EntityManager, criterionId: string) {
    return em.find(GoodPractice, { criterionId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  indicators(em: EntityManager, criterionId: string) {
    return em.find(
      BenchmarkIndicator,
      { criterionId },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
  }

  private async add(em: EntityManager, criterionId: string, entries: BenchmarkEntriesInput) {
    const after = await em.count(KeyFactor, { criterionId });
    (entries.keyFactors ?? []).forEach((text, index) =>
      em.create(KeyFactor, { criterionId, position: after + index + 1, text }),
    );
    for (const practice of entries.goodPractices ?? []) {
      em.create(GoodPractice, {
        criterionId,
        title: practice.title,
        description: practice.description,
        place: practice.place.trim(),
        sourceUrl: practice.sourceUrl ?? null,
      });
    }
    for (const indicator of entries.indicators ?? []) {
      em.create(BenchmarkIndicator, {
        criterionId,
        name: indicator.name,
        unit: indicator.unit.trim(),
      });
    }
  }
}
