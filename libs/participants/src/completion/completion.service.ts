import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EditionService } from '@inclusion/editions';
import type { RequestContext } from '@inclusion/identity';
import type { Cohort } from '../cohort';
import { CompletionRule } from './completion-rule.entity';

export interface ParticipantProgress {
  applicationId: string;
  personName: string;
  cohort: Cohort;
  trainingMinutes: number;
  labWorkshops: number;
  completed: boolean;
}

export interface RuleDraft {
  minimumTrainingMinutes: number;
  minimumLabWorkshops: number;
}

/**
 * Who has done what the edition asks: attended training minutes and Policy Lab workshops per
 * selected participant, in one grouped query. Row-level security returns the applications the
 * reader may see: the team sees everyone, a participant themselves.
 */
@Injectable()
export class CompletionService {
  constructor(private readonly editions: EditionService) {}

  async rule(em: EntityManager, editionId: string): Promise<CompletionRule> {
    const edition = await this.editions.get(em, editionId);
    return (
      (await em.findOne(CompletionRule, { edition })) ??
      em.create(CompletionRule, { tenantId: edition.tenantId, edition }, { persist: false })
    );
  }

  async setRule(ctx: RequestContext, editionId: string, draft: RuleDraft) {
    const edition = await this.editions.get(ctx.em, editionId);
    const rule =
      (await ctx.em.findOne(CompletionRule, { edition })) ??
      ctx.em.create(CompletionRule, { tenantId: edition.tenantId, edition });
    Object.assign(rule, draft);
    await ctx.em.flush();
    ctx.affect(rule.id);
    return rule;
  }

  async progress(em: EntityManager, editionId: string): Promise<ParticipantProgress[]> {
    const rule = await this.rule(em, editionId);
    const rows = await em.execute<
      {
        id: string;
        given_name: string;
        family_name: string;
        cohort: Cohort;
        training_minutes: string;
        lab_workshops: string;
      }[]
    >(
      `select a.id, a.given_name, a.family_name, a.cohort,
              coalesce(sum(r.attended_minutes) filter (where act.kind = 'training_session'), 0)
                as training_minutes,
              count(distinct act.id) filter (where act.kind = 'policy_lab_workshop')
                as lab_workshops
         from application a
         left join activity_registration r
           on r.membership_id = a.membership_id and r.attended and r.cancelled_at is null
         left join activity act
           on act.id = r.activity_id and act.edition_id = a.edition_id and act.cancelled_at is null
        where a.edition_id = ? and a.status = 'selected'
        group by a.id
        order by a.family_name, a.given_name, a.id`,
      [rule.edition.id],
    );
    return rows.map((row) => {
      const trainingMinutes = Number(row.training_minutes);
      const labWorkshops = Number(row.lab_workshops);
      return {
        applicationId: row.id,
        personName: `${row.given_name} ${row.family_name}`,
        cohort: row.cohort,
        trainingMinutes,
        labWorkshops,
        completed:
          trainingMinutes >= rule.minimumTrainingMinutes &&
          labWorkshops >= rule.minimumLabWorkshops,
      };
    });
  }
}
