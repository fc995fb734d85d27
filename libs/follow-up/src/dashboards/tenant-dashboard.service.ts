import { Injectable } from '@nestjs/common';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { knexRead, rawRead, readTogether } from '@inclusion/database';
import type { TenantRow } from '@inclusion/tenancy';
import { CommitmentStatus } from '../commitments/commitment-status';
import { Commitment } from '../commitments/commitment.entity';
import { attentionRulesRead } from '../settings/follow-up-settings.service';
import { seriesRequest } from './dashboard-filter';
import type {
  FollowUpDashboardArgs,
  FollowUpDashboardType,
  ThemeFiguresType,
} from './dashboard.types';
import { figuresOf, pointsOf, sumRows, type FiguresRow, type SeriesRow } from './follow-up-figures';

const LISTED = 20;
const CLOSED = [CommitmentStatus.Done, CommitmentStatus.Abandoned];

/**
 * A city's dashboard: the same SQL as the network's, run as the member asking, so row-level
 * security keeps it to their city. Its reads travel in two round trips: the figures, the series,
 * the themes and the city's rules together, then the two lists, which need the city's day.
 */
@Injectable()
export class TenantDashboardService {
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
    const [rows, series, byTheme, rules] = await readTogether(em, [
      rawRead<FiguresRow>(
        em,
        `select * from ${kept ? 'app_kept_follow_up_figures' : 'app_follow_up_figures'}(?::jsonb)`,
        [json],
      ),
      rawRead<SeriesRow>(
        em,
        `select * from ${kept ? 'app_kept_follow_up_series' : 'app_follow_up_series'}(?::jsonb, ?, ?)`,
        [json, interval, points],
      ),
      byThemeRead(em, tenant.id, args.editionId ?? null),
      attentionRulesRead(em, tenant, new Date()),
    ]);
    const staleBefore = new Date(rules.now.getTime() - rules.staleAfterDays * 86_400_000);
    const [overdue, stale] = await readTogether(em, [
      listRead(em, tenant.id, args, (query) =>
        query.where('due_date', '<', rules.today).orderBy('due_date').orderBy('id'),
      ),
      listRead(em, tenant.id, args, (query) =>
        query.where('last_update_at', '<', staleBefore).orderBy('last_update_at').orderBy('id'),
      ),
    ]);
    return {
      figures: figuresOf(sumRows(rows, tenant.id)),
      byTheme,
      overdue,
      stale,
      progressOverTime: pointsOf(series),
    };
  }
}

/** Open top-level commitments of the edition, the theme and the period asked for, a list's worth. */
function listRead(
  em: EntityManager,
  tenantId: string,
  args: FollowUpDashboardArgs,
  build: (query: Knex.QueryBuilder) => Knex.QueryBuilder,
) {
  return knexRead(em, Commitment, (query) => {
    query.whereNull('parent_id').whereNotIn('status', CLOSED);
    if (args.from) query.where('due_date', '>=', args.from);
    if (args.to) query.where('due_date', '<=', args.to);
    if (args.editionId || args.theme) {
      const recommendations = em
        .getKnex()('recommendation')
        .select('id')
        .where('tenant_id', tenantId);
      if (args.editionId) recommendations.where('edition_id', args.editionId);
      if (args.theme) recommendations.where('theme', args.theme);
      query.whereIn('recommendation_id', recommendations);
    }
    return build(query).limit(LISTED);
  });
}

function byThemeRead(em: EntityManager, tenantId: string, editionId: string | null) {
  return rawRead<ThemeFiguresType>(
    em,
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
