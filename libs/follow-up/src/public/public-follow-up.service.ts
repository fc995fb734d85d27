import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { readRows } from '@inclusion/database';
import type { Locale } from '@inclusion/i18n';
import { Tenant, TenantStatus } from '@inclusion/tenancy';
import { CommitmentStatus } from '../commitments/commitment-status';
import { CommitmentUpdate } from '../commitments/commitment-update.entity';
import { Commitment } from '../commitments/commitment.entity';
import { cityNotFound } from '../follow-up.errors';
import { Recommendation } from '../recommendations/recommendation.entity';
import type { PublicCommitmentType, PublicFollowUpType } from './public-follow-up.types';

const PUBLISHED_FIELDS = [
  'id',
  'parentId',
  'recommendationId',
  'title',
  'description',
  'department',
  'status',
  'statusReason',
  'progress',
  'startDate',
  'dueDate',
  'lastUpdateAt',
] as const;
const OFF = { filters: false } as const;

const dayOf = (instant: Date) => instant.toISOString().slice(0, 10);

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(keyOf(row));
    if (group) group.push(row);
    else groups.set(keyOf(row), [row]);
  }
  return groups;
}

/**
 * A city's published commitments for anyone, without a tenant: the rows the `_published`
 * policies let through, found by the city's slug, with the tenant filter off on purpose. No
 * person is named: neither owners nor the authors of updates, whose notes stay with the city.
 */
@Injectable()
export class PublicFollowUpService {
  async forCity(em: EntityManager, slug: string, locale: Locale): Promise<PublicFollowUpType> {
    const tenant = await em.findOne(Tenant, { slug, status: { $ne: TenantStatus.Archived } });
    if (!tenant) throw cityNotFound();
    // Plain rows, only the columns shown: nothing here is changed, and hydrating a city's
    // histories as entities cost more than reading them.
    const published = await readRows(
      em,
      Commitment,
      { tenantId: tenant.id, publishedAt: { $ne: null } },
      { ...OFF, fields: PUBLISHED_FIELDS, orderBy: { dueDate: 'asc', id: 'asc' } },
    );
    const ids = published.map((c) => c.id);
    const recommendations = new Map(
      (
        await readRows(
          em,
          Recommendation,
          { tenantId: tenant.id, id: { $in: published.flatMap((c) => c.recommendationId ?? []) } },
          { ...OFF, fields: ['id', 'title', 'theme', 'localTheme'] },
        )
      ).map((r) => [r.id, r]),
    );
    const history = await readRows(
      em,
      CommitmentUpdate,
      { tenantId: tenant.id, commitmentId: { $in: ids } },
      {
        ...OFF,
        fields: ['commitmentId', 'createdAt', 'progress', 'status'],
        orderBy: { createdAt: 'asc', id: 'asc' },
      },
    );
    const top = published.filter((c) => !c.parentId);
    const milestonesOf = groupBy(
      published.filter((c) => c.parentId),
      (m) => m.parentId!,
    );
    const historyOf = groupBy(history, (entry) => entry.commitmentId);
    const commitments: PublicCommitmentType[] = top.map((c) => {
      const recommendation = c.recommendationId ? recommendations.get(c.recommendationId)! : null;
      return {
        id: c.id,
        title: c.title[locale],
        description: c.description?.[locale] ?? null,
        department: c.department,
        status: c.status,
        statusReason: c.statusReason ?? null,
        progress: c.progress,
        startDate: c.startDate,
        dueDate: c.dueDate,
        lastUpdateOn: dayOf(c.lastUpdateAt),
        recommendationTitle: recommendation?.title[locale] ?? null,
        theme: recommendation?.theme ?? null,
        localTheme: recommendation?.localTheme?.[locale] ?? null,
        milestones: (milestonesOf.get(c.id) ?? []).map((m) => ({
          id: m.id,
          title: m.title[locale],
          status: m.status,
          progress: m.progress,
          dueDate: m.dueDate,
        })),
        history: (historyOf.get(c.id) ?? []).map((entry) => ({
          on: dayOf(entry.createdAt),
          progress: entry.progress,
          status: entry.status,
        })),
      };
    });
    const count = (status: CommitmentStatus) => top.filter((c) => c.status === status).length;
    return {
      cityName: tenant.name,
      locale,
      counts: {
        total: top.length,
        notStarted: count(CommitmentStatus.NotStarted),
        inProgress: count(CommitmentStatus.InProgress),
        done: count(CommitmentStatus.Done),
        delayed: count(CommitmentStatus.Delayed),
        abandoned: count(CommitmentStatus.Abandoned),
      },
      averageProgress: top.length
        ? Math.round((top.reduce((sum, c) => sum + c.progress, 0) / top.length) * 10) / 10
        : null,
      commitments,
    };
  }
}
