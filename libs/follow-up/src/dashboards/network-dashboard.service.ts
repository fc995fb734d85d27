import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { rawRead, readTogether } from '@inclusion/database';
import { seriesRequest } from './dashboard-filter';
import type { CityFollowUpType, NetworkFollowUpArgs, NetworkFollowUpType } from './dashboard.types';
import { figuresOf, pointsOf, sumRows, type FiguresRow, type SeriesRow } from './follow-up-figures';

const byName = new Intl.Collator();

interface CityRow extends FiguresRow {
  name: string;
  slug: string;
  country: string;
}

/**
 * Every city's follow-up in two set-based reads, whatever the number of cities: the network's
 * functions (owner-run, for the network operator only) return one row per city and one per
 * period; the totals are their sums.
 */
@Injectable()
export class NetworkDashboardService {
  async dashboard(em: EntityManager, args: NetworkFollowUpArgs): Promise<NetworkFollowUpType> {
    const { filter, interval, points } = seriesRequest(args, {
      country: args.country,
      methodology: args.methodology,
      editionYear: args.editionYear,
    });
    const json = JSON.stringify(filter);
    // The cities' names come with their figures: hydrating 1,000 tenant entities took longer
    // than the figures themselves. Both reads in one round trip.
    const [rows, series] = await readTogether(em, [
      rawRead<CityRow>(
        em,
        `select f.*, t.name, t.slug, t.country
           from app_network_follow_up(?::jsonb) f join tenant t on t.id = f.tenant_id`,
        [json],
      ),
      rawRead<SeriesRow>(em, 'select * from app_network_follow_up_series(?::jsonb, ?, ?)', [
        json,
        interval,
        points,
      ]),
    ]);
    const cities: CityFollowUpType[] = rows.map((row) => ({
      tenantId: row.tenant_id,
      name: row.name,
      slug: row.slug,
      country: row.country,
      ...figuresOf(row),
    }));
    cities.sort(
      (a, b) => b.overdue - a.overdue || b.stale - a.stale || byName.compare(a.name, b.name),
    );
    return {
      totals: figuresOf(sumRows(rows)),
      everyCity: cities,
      progressOverTime: pointsOf(series),
    };
  }
}
