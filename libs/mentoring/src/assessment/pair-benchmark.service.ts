import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@inclusion/identity';
import { BenchmarkCriterion } from '../benchmarks/benchmark-criterion.entity';
import { BenchmarkIndicator } from '../benchmarks/benchmark-indicator.entity';
import { KeyFactor } from '../benchmarks/key-factor.entity';
import { criterionNotFound, notInChosenCriteria } from '../mentoring.errors';
import { PairAccess } from '../partnerships/pair-access.service';
import type { Partnership } from '../partnerships/partnership.entity';
import { IndicatorTarget } from './indicator-target.entity';
import { KeyFactorAssessment } from './key-factor-assessment.entity';
import { PartnershipCriterion } from './partnership-criterion.entity';
import type { PartnershipCriterionType } from './pair-benchmark.types';

/** The pair's records sit in the learner's tenant: named explicitly, read past the filter. */
const PAIR = { filters: false } as const;

const pairOf = (partnership: Partnership) => ({
  partnershipId: partnership.id,
  tenantId: partnership.tenantId,
});

/**
 * The criteria a pair works on and the learner city's self-assessment: its score on each key
 * factor, with evidence, and a baseline and a target per indicator. The learner writes; the
 * mentor's reviewers read.
 */
@Injectable()
export class PairBenchmarkService {
  constructor(private readonly access: PairAccess) {}

  async view(ctx: RequestContext, partnershipId: string): Promise<PartnershipCriterionType[]> {
    const partnership = await this.access.readable(ctx, partnershipId);
    const em = ctx.em;
    const chosen = await em.find(PartnershipCriterion, pairOf(partnership), PAIR);
    const criterionIds = chosen.map((row) => row.criterionId);
    if (!criterionIds.length) return [];
    const criteria = await em.find(
      BenchmarkCriterion,
      { id: { $in: criterionIds } },
      { orderBy: { createdAt: 'asc' } },
    );
    const factors = await em.find(
      KeyFactor,
      { criterionId: { $in: criterionIds } },
      { orderBy: { position: 'asc' } },
    );
    const indicators = await em.find(
      BenchmarkIndicator,
      { criterionId: { $in: criterionIds } },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    const scores = new Map(
      (await em.find(KeyFactorAssessment, pairOf(partnership), PAIR)).map((a) => [
        a.keyFactorId,
        a,
      ]),
    );
    const targets = new Map(
      (await em.find(IndicatorTarget, pairOf(partnership), PAIR)).map((t) => [t.indicatorId, t]),
    );
    return criteria.map((criterion) => ({
      criterion,
      keyFactors: factors
        .filter((factor) => factor.criterionId === criterion.id)
        .map((keyFactor) => ({
          keyFactor,
          score: scores.get(keyFactor.id)?.score ?? null,
          evidence: scores.get(keyFactor.id)?.evidence ?? null,
        })),
      indicators: indicators
        .filter((indicator) => indicator.criterionId === criterion.id)
        .map((indicator) => {
          const target = targets.get(indicator.id);
          return {
            indicator,
            baseline: target ? Number(target.baseline) : null,
            target: target ? Number(target.target) : null,
          };
        }),
    }));
  }

  async choose(ctx: RequestContext, partnershipId: string, criterionIds: string[]) {
    const partnership = await this.access.writable(ctx, partnershipId);
    const wanted = [...new Set(criterionIds)];
    if ((await ctx.em.count(BenchmarkCriterion, { id: { $in: wanted } })) !== wanted.length) {
      throw criterionNotFound();
    }
    const current = await ctx.em.find(PartnershipCriterion, pairOf(partnership), PAIR);
    for (const row of current) if (!wanted.includes(row.criterionId)) ctx.em.remove(row);
    const kept = new Set(current.map((row) => row.criterionId));
    for (const criterionId of wanted.filter((id) => !kept.has(id))) {
      ctx.em.create(PartnershipCriterion, { ...pairOf(partnership), criterionId });
    }
    await ctx.em.flush();
    return this.view(ctx, partnershipId);
  }

  async assess(
    ctx: RequestContext,
    partnershipId: string,
    keyFactorId: string,
    score: number,
    evidence: string | null,
  ) {
    const partnership = await this.access.writable(ctx, partnershipId);
    const factor = await ctx.em.findOne(KeyFactor, { id: keyFactorId });
    await this.requireChosen(ctx, partnership, factor?.criterionId);
    const assessment =
      (await ctx.em.findOne(KeyFactorAssessment, { ...pairOf(partnership), keyFactorId }, PAIR)) ??
      ctx.em.create(KeyFactorAssessment, { ...pairOf(partnership), keyFactorId, score });
    assessment.score = score;
    assessment.evidence = evidence?.trim() || null;
    assessment.assessedById = ctx.requireActor().user.id;
    await ctx.em.flush();
    return { keyFactor: factor!, score, evidence: assessment.evidence };
  }

  async target(
    ctx: RequestContext,
    partnershipId: string,
    indicatorId: string,
    baseline: number,
    target: number,
  ) {
    const partnership = await this.access.writable(ctx, partnershipId);
    const indicator = await ctx.em.findOne(BenchmarkIndicator, { id: indicatorId });
    await this.requireChosen(ctx, partnership, indicator?.criterionId);
    const row =
      (await ctx.em.findOne(IndicatorTarget, { ...pairOf(partnership), indicatorId }, PAIR)) ??
      ctx.em.create(IndicatorTarget, {
        ...pairOf(partnership),
        indicatorId,
        baseline: String(baseline),
        target: String(target),
      });
    row.baseline = String(baseline);
    row.target = String(target);
    await ctx.em.flush();
    return { indicator: indicator!, baseline, target };
  }

  private async requireChosen(
    ctx: RequestContext,
    partnership: Partnership,
    criterionId: string | undefined,
  ) {
    const chosen =
      criterionId &&
      (await ctx.em.count(PartnershipCriterion, { ...pairOf(partnership), criterionId }, PAIR));
    if (!chosen) throw notInChosenCriteria();
  }
}
