import { Migration } from '@mikro-orm/migrations';

/*
 * PostgreSQL inlines a SQL function into the query that calls it only when the function sets no
 * configuration: then a city's filter (`{"tenant": …}`) is a constant the planner folds, and the
 * indexes on tenant_id serve it. With their own search_path, each city's dashboard scanned every
 * city's recommendations, commitments and histories (5 ms for the figures and 30 ms for the series
 * at 1,000 cities, against under 1 ms each inlined). These run as their caller, whose rights they
 * never exceed; the network's definer functions that call them keep their fixed search_path,
 * which holds through the calls.
 */
const INLINABLE = `
alter function app_follow_up_recommendations(jsonb) reset search_path;
alter function app_follow_up_commitments(jsonb) reset search_path;
alter function app_follow_up_figures(jsonb) reset search_path;
alter function app_follow_up_series(jsonb, text, int) reset search_path;
`;

/*
 * The network's path runs the same functions, inlined too, from PL/pgSQL; there a statement's
 * plan is cached, and after five calls PostgreSQL may keep a generic plan, made without the
 * filter's value, that no longer folds it (7 s instead of 0.6 s at 1,000 cities). A dynamic
 * statement is planned at each call, with the filter at hand.
 */
const NETWORK = `
create or replace function app_network_follow_up(p_filter jsonb)
returns setof app_follow_up_figures_row
language plpgsql stable security definer set search_path = public, pg_temp as $$
begin
  if app_is_network_operator() then
    return query execute 'select * from app_follow_up_figures($1)' using p_filter - 'tenant';
  end if;
end $$;

create or replace function app_network_follow_up_series(p_filter jsonb, p_bucket text, p_points int)
returns setof app_follow_up_series_row language plpgsql stable
security definer set search_path = public, pg_temp as $$
begin
  if app_is_network_operator() then
    return query execute 'select * from app_follow_up_series($1, $2, $3)'
      using p_filter - 'tenant', p_bucket, p_points;
  end if;
end $$;
`;

export class Migration20261204300000InlinedFollowUp extends Migration {
  override async up(): Promise<void> {
    this.addSql(INLINABLE);
    this.addSql(NETWORK);
  }
}
