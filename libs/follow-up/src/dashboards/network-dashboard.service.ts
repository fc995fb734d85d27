import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Tenant } from '@inclusion/tenancy';
import { seriesRequest } from './dashboard-filter';
import type { CityFollowUpType, NetworkFollowUpArgs, NetworkFollowUpType } from './dashboard.types';
import { figuresOf, pointsOf, sumRows, type FiguresRow, type SeriesRow } from './follow-up-figures';

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
    const rows = await em.execute<FiguresRow[]>('select * from app_network_follow_up(?::jsonb)', [
      json,
    ]);
    const series = await em.execute<SeriesRow[]>(
      'select * from app_network_follow_up_series(?::jsonb, ?, ?)',
      [json, interval, points],
    );
    const tenants = new Map(
      (await em.find(Tenant, { id: { $in: rows.map((row) => row.tenant_id) } })).map((t) => [
        t.id,
        t,
      ]),
    );
    const cities: CityFollowUpType[] = rows.flatMap((row) => {
      const tenant = tenants.get(row.tenant_id);
      if (!tenant) return [];
      const city = {
        tenantId: tenant.id,
        name: tenant.name,
        slug: tenant.slug,
        country: tenant.country,
        ...figuresOf(row),
      };
      return [city];
    });
    cities.sort(
      (a, b) => b.overdue - a.overdue || b.stale - a.stale || a.name.localeCompare(b.name),
    );
    return { totals: figuresOf(sumRows(rows)), cities, progressOverTime: pointsOf(series) };
  }
}
