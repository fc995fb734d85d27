import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '@inclusion/identity';
import type { TenantRow } from '@inclusion/tenancy';
import { isOverdue, isStale } from '../commitments/attention';
import { Commitment } from '../commitments/commitment.entity';
import { Recommendation } from '../recommendations/recommendation.entity';
import { FollowUpSettingsService } from '../settings/follow-up-settings.service';
import { writeCommitmentsCsv, type CommitmentCsvRecord } from './commitment-csv-writer';

/** The city's commitments and milestones as one file, the one an import reads back. */
@Injectable()
export class CommitmentExportService {
  constructor(private readonly settings: FollowUpSettingsService) {}

  async export(em: EntityManager, tenant: TenantRow, editionId?: string | null): Promise<string> {
    const recommendations = await em.find(Recommendation, editionId ? { editionId } : {}, {
      fields: ['id', 'externalId'],
    });
    const referenceOf = new Map(recommendations.map((r) => [r.id, r.externalId ?? r.id]));
    const commitments = await em.find(
      Commitment,
      // An edition selects its recommendations' commitments; the city's file holds them all.
      editionId ? { recommendationId: { $in: [...referenceOf.keys()] } } : {},
      { orderBy: { parentId: 'asc nulls first', dueDate: 'asc', id: 'asc' } },
    );
    // A commitment without the city's reference goes by its id, which an import reads back.
    const referenceOfCommitment = new Map(commitments.map((c) => [c.id, c.externalId ?? c.id]));
    const ownerIds = [...new Set(commitments.flatMap((c) => (c.ownerId ? [c.ownerId] : [])))];
    const emailOf = new Map(
      (await em.find(User, { id: { $in: ownerIds } }, { fields: ['id', 'email'] })).map((u) => [
        u.id,
        u.email,
      ]),
    );
    const rules = await this.settings.rules(em, tenant);
    const records: CommitmentCsvRecord[] = commitments.map((c) => ({
      id: c.id,
      externalId: referenceOfCommitment.get(c.id)!,
      recommendation: c.recommendationId ? referenceOf.get(c.recommendationId)! : null,
      parentExternalId: c.parentId ? (referenceOfCommitment.get(c.parentId) ?? c.parentId) : null,
      titleFr: c.title.fr,
      titleEn: c.title.en,
      descriptionFr: c.description?.fr ?? null,
      descriptionEn: c.description?.en ?? null,
      department: c.department,
      ownerEmail: c.ownerId ? (emailOf.get(c.ownerId) ?? null) : null,
      startDate: c.startDate,
      dueDate: c.dueDate,
      status: c.status,
      statusReason: c.statusReason ?? null,
      progress: c.progress,
      weight: c.weight,
      published: !!c.publishedAt,
      lastUpdateAt: c.lastUpdateAt,
      overdue: isOverdue(c, rules),
      stale: isStale(c, rules),
    }));
    return writeCommitmentsCsv(records);
  }
}
