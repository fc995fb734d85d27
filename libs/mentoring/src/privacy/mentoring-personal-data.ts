import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Membership, type DataSubject, type PersonalDataContributor } from '@inclusion/identity';
import { KeyFactorAssessment } from '../assessment/key-factor-assessment.entity';
import { NeedsAssessment } from '../needs/needs-assessment.entity';
import { PartnershipMember } from '../partnerships/partnership-member.entity';
import { Partnership } from '../partnerships/partnership.entity';
import { PlanVersion } from '../plans/plan-version.entity';

interface CommentRow {
  partnership_id: string;
  version_id: string;
  action_id: string | null;
  parent_id: string | null;
  author_side: string;
  body: string;
  created_at: Date;
}

interface DecisionRow {
  partnership_id: string;
  version_id: string;
  decision: string;
  note: string | null;
  created_at: Date;
}

/*
 * A mentor's comments live in the learner's tenant: the city the person acts for is the mentor
 * (seen through the system-scope policy), so each comment is exported once, with the city its
 * author spoke for, even when the same person belongs to both cities.
 */
const COMMENTS_WRITTEN = `
select c.partnership_id, c.version_id, c.action_id, c.parent_id, c.author_side, c.body, c.created_at
  from review_comment c join partnership p on p.id = c.partnership_id
 where c.author_id = ?
   and ((c.author_side = 'learner' and c.tenant_id = app_current_tenant())
     or (c.author_side = 'mentor' and p.mentor_tenant_id = app_current_tenant()))
 order by c.created_at, c.id`;

const DECISIONS_TAKEN = `
select d.partnership_id, d.version_id, d.decision, d.note, d.created_at
  from review_decision d join partnership p on p.id = d.partnership_id
 where d.reviewer_id = ? and p.mentor_tenant_id = app_current_tenant()
 order by d.created_at, d.id`;

/**
 * A person's part in mentoring pairs: where their city named them (reviewer or plan author), the
 * comments and decisions they wrote, the versions they submitted, the assessments they recorded.
 * Erasure takes them out of the pairs, which stops the review mails; what they wrote stays the
 * pair's record, no longer naming them once the account is pseudonymised.
 */
@Injectable()
export class MentoringPersonalData implements PersonalDataContributor {
  readonly section = 'mentoring';
  // Before identity ends the memberships the pair's members hang on.
  readonly order = 20;

  async export(em: EntityManager, subject: DataSubject) {
    if (!subject.userId) return null;
    const userId = subject.userId;
    const named = await em.find(
      PartnershipMember,
      { membershipId: { $in: await this.membershipIds(em, userId) } },
      { orderBy: { createdAt: 'asc' } },
    );
    const partnerships = await em.find(
      Partnership,
      { id: { $in: named.map((member) => member.partnershipId) } },
      // Past the tenant filter too: the mentor's pairs are the learner's rows.
      { filters: false },
    );
    const byId = new Map(partnerships.map((partnership) => [partnership.id, partnership]));
    const comments = await em.execute<CommentRow[]>(COMMENTS_WRITTEN, [userId]);
    const decisions = await em.execute<DecisionRow[]>(DECISIONS_TAKEN, [userId]);
    const versions = await em.find(
      PlanVersion,
      { submittedById: userId },
      { orderBy: { createdAt: 'asc' } },
    );
    const assessments = await em.find(
      KeyFactorAssessment,
      { assessedById: userId },
      { orderBy: { createdAt: 'asc' } },
    );
    const needs = await em.find(NeedsAssessment, { updatedById: userId });
    return {
      pairs: named.map((member) => {
        const partnership = byId.get(member.partnershipId);
        return {
          partnershipId: member.partnershipId,
          side: member.side,
          theme: partnership?.theme ?? null,
          mentorTenantId: partnership?.mentorTenantId ?? null,
          learnerTenantId: partnership?.tenantId ?? null,
          namedAt: member.createdAt,
        };
      }),
      commentsWritten: comments.map((row) => ({
        partnershipId: row.partnership_id,
        versionId: row.version_id,
        actionId: row.action_id,
        inReplyTo: row.parent_id,
        side: row.author_side,
        body: row.body,
        writtenAt: row.created_at,
      })),
      decisionsTaken: decisions.map((row) => ({
        partnershipId: row.partnership_id,
        versionId: row.version_id,
        decision: row.decision,
        note: row.note,
        decidedAt: row.created_at,
      })),
      planVersionsSubmitted: versions.map((version) => ({
        partnershipId: version.partnershipId,
        number: version.number,
        stage: version.stage,
        submittedAt: version.createdAt,
      })),
      keyFactorAssessments: assessments.map((assessment) => ({
        partnershipId: assessment.partnershipId,
        keyFactorId: assessment.keyFactorId,
        score: assessment.score,
        evidence: assessment.evidence ?? null,
      })),
      needsAssessmentsUpdated: needs.map((assessment) => ({
        theme: assessment.theme,
        updatedAt: assessment.updatedAt,
      })),
    };
  }

  async erase(em: EntityManager, subject: DataSubject) {
    if (!subject.userId) return;
    const memberships = await this.membershipIds(em, subject.userId);
    await em.nativeDelete(PartnershipMember, { membershipId: { $in: memberships } });
  }

  async eraseEdition(): Promise<void> {
    // Pairs are cities' work, not an edition's: an edition's retention leaves them as they are.
  }

  private async membershipIds(em: EntityManager, userId: string): Promise<string[]> {
    return (await em.find(Membership, { user: userId }, { fields: ['id'] })).map((m) => m.id);
  }
}
