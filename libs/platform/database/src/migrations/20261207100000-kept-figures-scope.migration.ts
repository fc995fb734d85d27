import { Migration } from '@mikro-orm/migrations';

/*
 * THE KEPT FIGURES' SCOPE, AS TEXT. Their functions restricted the cities with
 * "t.id = app_current_tenant() or app_is_network_operator()": a stable expression the planner
 * cannot fold, so it expected 5 cities of 1,000 for the network and read the tallies, the open
 * commitments and the buckets with a thousand index scans each (about 25 and 19 ms at 1,000
 * cities). The scope is now written into the statement each function plans at every call: every
 * city for the network operator, the caller's city otherwise. Row-level security still applies
 * to a city's members as before; this only tells the planner what it will find.
 */
const SCOPE = `
create function app_kept_follow_up_scope() returns text
language sql stable set search_path = public, pg_temp as $$
  select case when app_is_network_operator() then 'true' else 't.id = app_current_tenant()' end
$$;
revoke all on function app_kept_follow_up_scope() from public;
grant execute on function app_kept_follow_up_scope() to inclusion_runtime, inclusion_reporting;
`;

const KEPT = `
create or replace function app_kept_follow_up_figures(p_filter jsonb)
returns setof app_follow_up_figures_row
language plpgsql stable set search_path = public, pg_temp as $$
begin
  if p_filter ? 'from' or p_filter ? 'to' then
    raise exception 'the kept figures know no period: use app_follow_up_figures';
  end if;
  -- Planned at each call, with the filter and the scope at hand (a cached generic plan would
  -- not fold them).
  return query execute $q$
  with cities as (
    select t.id, (now() at time zone t.time_zone)::date as today,
           now() - make_interval(days => coalesce(s.stale_after_days, 60)) as stale_before
      from tenant t left join follow_up_settings s on s.tenant_id = t.id
     where t.status <> 'archived'
       and $q$ || app_kept_follow_up_scope() || $q$
       and ($1->>'tenant' is null or t.id = ($1->>'tenant')::uuid)
       and ($1->>'country' is null or t.country = $1->>'country')
  ), groups as (
    select k.tenant_id, sum(k.recommendations)::int as recommendations,
           sum(k.submitted)::int as submitted, sum(k.answered)::int as answered,
           sum(k.accepted)::int as accepted, sum(k.partly_accepted)::int as partly_accepted,
           sum(k.declined)::int as declined, sum(k.under_study)::int as under_study,
           sum(k.commitments)::int as commitments, sum(k.not_started)::int as not_started,
           sum(k.in_progress)::int as in_progress, sum(k.done)::int as done,
           sum(k.delayed)::int as delayed, sum(k.abandoned)::int as abandoned,
           sum(k.progress_sum)::int as progress_sum, max(k.last_update_at) as last_update_at
      from follow_up_tally k
      join cities t on t.id = k.tenant_id
      left join edition e on e.id = k.edition_id
      left join methodology_template_version v on v.id = e.template_version_id
     where ($1->>'edition' is null or k.edition_id = ($1->>'edition')::uuid)
       and ($1->>'methodology' is null
            or coalesce(v.key, 'inclucities-mentoring') = $1->>'methodology')
       and ($1->>'editionYear' is null
            or extract(year from e.start_date)::int = ($1->>'editionYear')::int)
       and ($1->>'theme' is null or k.theme = $1->>'theme')
     group by k.tenant_id
  ), late as (
    -- Per city, through the indexes on open commitments: the overdue ones, then the stale ones
    -- not overdue. (offset 0 keeps each a per-city index read rather than one big join.)
    select t.id as tenant_id, l.recommendation_id, l.overdue, l.stale
      from cities t
     cross join lateral (
       select c.recommendation_id, true as overdue, c.last_update_at < t.stale_before as stale
         from commitment c
        where c.tenant_id = t.id and c.due_date < t.today
          and c.parent_id is null and c.status not in ('done', 'abandoned')
          and (c.recommendation_id is not null or c.source_action_id is not null)
       union all
       select c.recommendation_id, false, true
         from commitment c
        where c.tenant_id = t.id and c.last_update_at < t.stale_before
          and c.due_date >= t.today
          and c.parent_id is null and c.status not in ('done', 'abandoned')
          and (c.recommendation_id is not null or c.source_action_id is not null)
       offset 0) l
  ), late_counts as (
    select l.tenant_id, (count(*) filter (where l.overdue))::int as overdue,
           (count(*) filter (where l.stale))::int as stale
      from late l
      $q$ || case when p_filter ?| array['edition', 'methodology', 'editionYear', 'theme'] then $f$
      left join recommendation r on r.id = l.recommendation_id
      left join edition e on e.id = r.edition_id
      left join methodology_template_version v on v.id = e.template_version_id
     where ($1->>'edition' is null or r.edition_id = ($1->>'edition')::uuid)
       and ($1->>'methodology' is null
            or coalesce(v.key, 'inclucities-mentoring') = $1->>'methodology')
       and ($1->>'editionYear' is null
            or extract(year from e.start_date)::int = ($1->>'editionYear')::int)
       and ($1->>'theme' is null or r.theme = $1->>'theme')
      $f$ else '' end || $q$
     group by l.tenant_id
  )
  select t.id, coalesce(g.recommendations, 0), coalesce(g.submitted, 0),
         coalesce(g.answered, 0), coalesce(g.accepted, 0), coalesce(g.partly_accepted, 0),
         coalesce(g.declined, 0), coalesce(g.under_study, 0), coalesce(g.commitments, 0),
         coalesce(g.not_started, 0), coalesce(g.in_progress, 0), coalesce(g.done, 0),
         coalesce(g.delayed, 0), coalesce(g.abandoned, 0), coalesce(g.progress_sum, 0),
         coalesce(l.overdue, 0), coalesce(l.stale, 0), g.last_update_at
    from cities t
    left join groups g on g.tenant_id = t.id
    left join late_counts l on l.tenant_id = t.id
  $q$ using p_filter;
end $$;

create or replace function app_kept_follow_up_series(p_filter jsonb, p_bucket text, p_points int)
returns setof app_follow_up_series_row
language plpgsql stable set search_path = public, pg_temp as $$
begin
  if p_filter ? 'from' or p_filter ? 'to' then
    raise exception 'the kept series knows no period: use app_follow_up_series';
  end if;
  -- As the figures: the filter and the scope folded at each call.
  return query execute $q$
  with bounds as (
    select current_date as last_day, ('1 ' || $2)::interval as step
     where $2 in ('week', 'month')
  ), buckets as (
    select g::date as bucket_start, (g + b.step - interval '1 day')::date as bucket_end
      from bounds b,
           generate_series(date_trunc($2, (b.last_day - (least($3, 260) - 1) * b.step)::timestamp),
                           date_trunc($2, b.last_day::timestamp), b.step) g
  ), per_bucket as (
    select greatest(p.bucket_start, (select min(bucket_start) from buckets)) as bucket_start,
           sum(p.opened) as commitments, sum(p.progress_change) as progress
      from follow_up_progress_bucket p
      join tenant t on t.id = p.tenant_id
      left join edition e on e.id = p.edition_id
      left join methodology_template_version v on v.id = e.template_version_id
     where p.bucket = $2
       and t.status <> 'archived'
       and $q$ || app_kept_follow_up_scope() || $q$
       and ($1->>'tenant' is null or p.tenant_id = ($1->>'tenant')::uuid)
       and ($1->>'country' is null or t.country = $1->>'country')
       and ($1->>'edition' is null or p.edition_id = ($1->>'edition')::uuid)
       and ($1->>'methodology' is null
            or coalesce(v.key, 'inclucities-mentoring') = $1->>'methodology')
       and ($1->>'editionYear' is null
            or extract(year from e.start_date)::int = ($1->>'editionYear')::int)
       and ($1->>'theme' is null or p.theme = $1->>'theme')
     group by 1
  )
  select b.bucket_end,
         (sum(coalesce(p.commitments, 0)) over (order by b.bucket_start))::int,
         (sum(coalesce(p.progress, 0)) over (order by b.bucket_start))::int
    from buckets b left join per_bucket p on p.bucket_start = b.bucket_start
   order by b.bucket_end
  $q$ using p_filter, p_bucket, p_points;
end $$;

`;

export class Migration20261207100000KeptFiguresScope extends Migration {
  override async up(): Promise<void> {
    this.addSql(SCOPE);
    this.addSql(KEPT);
  }
}
