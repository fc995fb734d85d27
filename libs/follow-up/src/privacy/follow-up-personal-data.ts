import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Membership, type DataSubject, type PersonalDataContributor } from '@inclusion/identity';
import { CommitmentUpdate } from '../commitments/commitment-update.entity';
import { Commitment } from '../commitments/commitment.entity';
import { NotificationPreference } from '../notifications/notification-preference.entity';
import { RecommendationAnswer } from '../recommendations/recommendation-answer.entity';
import { RecommendationCoauthor } from '../recommendations/recommendation-coauthor.entity';
import { Recommendation } from '../recommendations/recommendation.entity';

/**
 * A person's part in the follow-up: the recommendations they co-wrote, the commitments they own,
 * the updates and answers they recorded. What they wrote for the city stays the city's record
 * (under an account erasure pseudonymises); what names them as a person goes: their credit as a
 * co-author, and their ownership of commitments, which stops reminders reaching them.
 */
@Injectable()
export class FollowUpPersonalData implements PersonalDataContributor {
  readonly section = 'followUp';
  // Before identity ends the memberships the co-authorships hang on.
  readonly order = 20;

  async export(em: EntityManager, subject: DataSubject) {
    if (!subject.userId) return null;
    const userId = subject.userId;
    const memberships = await this.membershipIds(em, userId);
    const credited = await em.find(RecommendationCoauthor, { membershipId: { $in: memberships } });
    const recommendations = await em.find(Recommendation, {
      id: { $in: credited.map((row) => row.recommendationId) },
    });
    const owned = await em.find(Commitment, { ownerId: userId }, { orderBy: { dueDate: 'asc' } });
    const updates = await em.find(
      CommitmentUpdate,
      { authorId: userId },
      { orderBy: { createdAt: 'asc' } },
    );
    const answers = await em.find(RecommendationAnswer, { answeredById: userId });
    const preferences = await em.find(NotificationPreference, { userId });
    return {
      coauthoredRecommendations: recommendations.map((r) => ({ id: r.id, title: r.title })),
      ownedCommitments: owned.map((c) => ({
        id: c.id,
        title: c.title,
        department: c.department,
        dueDate: c.dueDate,
      })),
      progressUpdates: updates.map((u) => ({
        commitmentId: u.commitmentId,
        recordedAt: u.createdAt,
        progress: u.progress,
        status: u.status,
        note: u.note ?? null,
        evidence: u.evidence,
      })),
      answersGiven: answers.map((a) => ({
        recommendationId: a.recommendationId,
        decision: a.decision,
        reason: a.reason ?? null,
        answeredOn: a.answeredOn,
      })),
      notificationPreferences: preferences.map((p) => ({ kind: p.kind, frequency: p.frequency })),
    };
  }

  async erase(em: EntityManager, subject: DataSubject) {
    if (!subject.userId) return;
    const memberships = await this.membershipIds(em, subject.userId);
    await em.nativeDelete(RecommendationCoauthor, { membershipId: { $in: memberships } });
    await em.nativeUpdate(Commitment, { ownerId: subject.userId }, { ownerId: null });
  }

  /** The edition's participants are no longer credited by name; their recommendations stay. */
  async eraseEdition(em: EntityManager, editionId: string) {
    const ids = (await em.find(Recommendation, { editionId }, { fields: ['id'] })).map((r) => r.id);
    if (ids.length)
      await em.nativeDelete(RecommendationCoauthor, { recommendationId: { $in: ids } });
  }

  private async membershipIds(em: EntityManager, userId: string): Promise<string[]> {
    return (await em.find(Membership, { user: userId }, { fields: ['id'] })).map((m) => m.id);
  }
}
