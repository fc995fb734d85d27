import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { readRows } from '@inclusion/database';
import type { TenantRow } from '@inclusion/tenancy';
import { CommitmentStatus } from '../commitments/commitment-status';
import { Commitment } from '../commitments/commitment.entity';
import { Recommendation } from '../recommendations/recommendation.entity';
import { FollowUpSettingsService } from '../settings/follow-up-settings.service';
import { seriesRequest } from './dashboard-filter';
import type {
  FollowUpDashboardArgs,
  FollowUpDashboardType,
  ThemeFiguresType,
} from './dashboard.types';
import { figuresOf, pointsOf, sumRows, type FiguresRow, type SeriesRow } from './follow-up-figures';

const LISTED = 20;
const OPEN = { $nin: [CommitmentStatus.Done, CommitmentStatus.Abandoned] };

/**
 * A city's dashboard: the same SQL as the network's, run as the member asking, so row-level
 * security keeps it to their city.
 */
@Injectable()
export class TenantDashboardService {
  constructor(private readonly settings: FollowUpSettingsService) {}

  async dashboard(
    em: EntityManager,
    tenant: TenantRow,
    args: FollowUpDashboardArgs,
  ): Promise<FollowUpDashboardType> {
    const { filter, interval, points } = seriesRequest(args, {
      tenant: tenant.id,
      edition: args.editionId,
    });
    const json = JSON.stringify(filter);
    // Without a period, the kept figures answer (see the city-kept-figures migration); a period
    // selects rows by date, which only the rows themselves know.
    const kept = !args.from && !args.to;
    // One transaction, one connection: the reads run one after the other anyway.
    const rows = await em.execute<FiguresRow[]>(
      `select * from ${kept ? 'app_kept_follow_up_figures' : 'app_follow_up_figures'}(?::jsonb)`,
      [json],
    );
    const series = await em.execute<SeriesRow[]>(
      `select * from ${kept ? 'app_kept_follow_up_series' : 'app_follow_up_series'}(?::jsonb, ?, ?)`,
      [json, interval, points],
    );
    const byTheme = await this.byTheme(em, tenant.id, args.editionId ?? null);
    const rules = await this.settings.rules(em, tenant);
    const staleBefore = new Date(rules.now.getTime() - rules.staleAfterDays * 86_400_000);
    const scope = await this.scope(em, args);
    const overdue = await readRows(
      em,
      Commitment,
      { ...scope, status: OPEN, dueDate: { ...(scope.dueDate ?? {}), $lt: rules.today } },
      { orderBy: { dueDate: 'asc', id: 'asc' }, limit: LISTED },
    );
    const stale = await readRows(
      em,
      Commitment,
      { ...scope, status: OPEN, lastUpdateAt: { $lt: staleBefore } },
      { orderBy: { lastUpdateAt: 'asc', id: 'asc' }, limit: LISTED },
    );
    return {
      figures: figuresOf(sumRows(rows, tenant.id)),
      byTheme,
      overdue,
      stale,
      progressOverTime: pointsOf(series),
    };
  }

  /** The top-level commitments the lists draw from: the edition's, the theme's, the period's. */
  private async scope(em: EntityManager, args: FollowUpDashboardArgs) {
    const dueDate: Record<string, string> = {};
    if (args.from) dueDate.$gte = args.from;
    if (args.to) dueDate.$lte = args.to;
    const scope: { parentId: null; dueDate?: Record<string, string>; recommendationId?: object } = {
      parentId: null,
      ...(Object.keys(dueDate).length ? { dueDate } : {}),
    };
    if (args.editionId || args.theme) {
      const recommendations = await em.find(
        Recommendation,
        {
          ...(args.editionId ? { editionId: args.editionId } : {}),
          ...(args.theme ? { theme: args.theme } : {}),
        },
        { fields: ['id'] },
      );
      scope.recommendationId = { $in: recommendations.map((row) => row.id) };
    }
    return scope;
  }

  private async byTheme(
    em: EntityManager,
    tenantId: string,
    editionId: string | null,
  ): Promise<ThemeFiguresType[]> {
    return em.execute<ThemeFiguresType[]>(
      `select r.theme, count(distinct r.id)::int as recommendations,
              count(c.id)::int as commitments,
              (count(c.id) filter (where c.status = 'done'))::int as done
         from recommendation r
         left join commitment c on c.recommendation_id = r.id and c.parent_id is null
        where r.tenant_id = ? and (?::uuid is null or r.edition_id = ?::uuid)
        group by r.theme order by r.theme`,
      [tenantId, editionId, editionId],
    );
  }
}
