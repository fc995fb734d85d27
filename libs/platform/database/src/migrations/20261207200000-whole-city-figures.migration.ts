import { Migration } from '@mikro-orm/migrations';

/*
 * WHOLE-CITY FIGURES, KEPT TOO. Without an edition, methodology, year or theme filter (the
 * network's first screen, a city's own dashboard), the kept figures summed each city's groups at
 * every request (5,000 tallies and 26,000 month buckets at 1,000 cities, about 4 and 4 ms), and
 * counted its late commitments by listing them (17,000 rows to group, about 4 ms more). Each city
 * now also keeps one tally and one bucket per period, changed by the same functions in the same
 * statements as its groups, and late commitments are counted inside their index scans.
 *
 * Counts and sums are kept as differences, which the row lock of an upsert serialises; the latest
 * update, a maximum, is read again from the city's groups when the one that was latest leaves,
 * after the city's row is locked, so two writers in one city cannot lose each other's change.
 */

/** The tallies' counts, in their tables' order. */
const COUNTS = [
  'recommendations',
  'submitted',
  'answered',
  'accepted',
  'partly_accepted',
  'declined',
  'under_study',
  'commitments',
  'not_started',
  'in_progress',
  'done',
  'delayed',
  'abandoned',
  'progress_sum',
];
const sumsOf = (alias: string) => COUNTS.map((count) => `sum(${alias}.${count})`).join(', ');
const ADDED = COUNTS.map((count) => `${count} = t.${count} + excluded.${count}`).join(
  ',\n         ',
);

const CITY_TABLES = `
create table follow_up_city_tally (
  tenant_id uuid primary key,
  ${COUNTS.map((count) => `${count} int not null,`).join('\n  ')}
  last_update_at timestamptz
) with (fillfactor = 70);

create table follow_up_city_progress_bucket (
  tenant_id uuid not null,
  bucket text not null check (bucket in ('week', 'month')),
  bucket_start date not null,
  opened int not null,
  progress_change int not null,
  primary key (tenant_id, bucket, bucket_start)
) with (fillfactor = 70);
-- The network's series reads one kind of bucket, all of it, from the index alone.
create index follow_up_city_progress_bucket_read_index on follow_up_city_progress_bucket (bucket)
  include (bucket_start, tenant_id, opened, progress_change);

do $do$ declare kept text; begin
  foreach kept in array array['follow_up_city_tally', 'follow_up_city_progress_bucket'] loop
    execute format('alter table %I enable row level security', kept);
    execute format('alter table %I force row level security', kept);
    execute format('create policy %I on %I using (current_user = %L) with check (current_user = %L)',
                   kept || '_owner', kept, current_user, current_user);
    execute format('create policy %I on %I for select using (tenant_id = app_current_tenant())',
                   kept || '_in_tenant', kept);
    execute format('grant select on %I to inclusion_runtime, inclusion_reporting', kept);
  end loop;
end $do$;
`;

const KEEPING = `
create or replace function app_follow_up_tally_apply(p_shares follow_up_tally[])
returns void language plpgsql volatile security definer set search_path = public, pg_temp as $$
begin
  insert into follow_up_tally as t
  select s.tenant_id, s.edition_id, s.theme, ${sumsOf('s')},
         max(s.last_update_at) filter (where s.commitments > 0)
    from unnest(p_shares) s
   group by 1, 2, 3
  on conflict on constraint follow_up_tally_key do update
     set ${ADDED},
         last_update_at = greatest(t.last_update_at, excluded.last_update_at);
  update follow_up_tally t
     set last_update_at = app_follow_up_tally_latest(t.tenant_id, t.edition_id, t.theme)
    from unnest(p_shares) s
   where s.commitments < 0 and t.tenant_id = s.tenant_id
     and t.edition_id is not distinct from s.edition_id and t.theme is not distinct from s.theme
     and t.last_update_at <= s.last_update_at;

  insert into follow_up_city_tally as t
  select s.tenant_id, ${sumsOf('s')}, max(s.last_update_at) filter (where s.commitments > 0)
    from unnest(p_shares) s
   group by 1
  on conflict (tenant_id) do update
     set ${ADDED},
         last_update_at = greatest(t.last_update_at, excluded.last_update_at);
  -- The city's row is locked by now: a writer in the same city reads the groups after this one
  -- has committed.
  update follow_up_city_tally t
     set last_update_at = (select max(k.last_update_at) from follow_up_tally k
                            where k.tenant_id = t.tenant_id)
    from unnest(p_shares) s
   where s.commitments < 0 and t.tenant_id = s.tenant_id
     and t.last_update_at <= s.last_update_at;
end $$;

create or replace function app_follow_up_tally_rebuild() returns void
language plpgsql security definer set search_path = public, pg_temp as $$
begin
  delete from follow_up_tally;
  delete from follow_up_city_tally;
  perform app_follow_up_tally_apply(array(
    select app_follow_up_tally_of_recommendation(r, 1) from recommendation r
    union all
    select s from commitment c
      left join recommendation r on r.id = c.recommendation_id,
           app_follow_up_tally_of_commitment(c, r.edition_id, r.theme, 1) s));
end $$;

create or replace function app_follow_up_bucket_shift(p_scope_before jsonb, p_before jsonb,
                                                      p_scope_after jsonb, p_after jsonb)
returns void language sql volatile security definer set search_path = public, pg_temp as $$
  with shifts as (
    select tenant_id, edition_id, theme, bucket, bucket_start,
           sum(opened)::int as opened, sum(progress_change)::int as progress_change
      from (select * from app_follow_up_bucket_effects(p_scope_before, p_before, -1)
            union all
            select * from app_follow_up_bucket_effects(p_scope_after, p_after, 1)) d
     group by 1, 2, 3, 4, 5
    having sum(opened) <> 0 or sum(progress_change) <> 0
  ), groups as (
    insert into follow_up_progress_bucket as b
      (tenant_id, edition_id, theme, bucket, bucket_start, opened, progress_change)
    select * from shifts
    on conflict on constraint follow_up_progress_bucket_key do update
       set opened = b.opened + excluded.opened,
           progress_change = b.progress_change + excluded.progress_change
  )
  insert into follow_up_city_progress_bucket as b
    (tenant_id, bucket, bucket_start, opened, progress_change)
  select tenant_id, bucket, bucket_start, sum(opened), sum(progress_change)
    from shifts
   group by 1, 2, 3
  having sum(opened) <> 0 or sum(progress_change) <> 0
  on conflict (tenant_id, bucket, bucket_start) do update
     set opened = b.opened + excluded.opened,
         progress_change = b.progress_change + excluded.progress_change
$$;

create or replace function app_follow_up_buckets_rebuild() returns void
language plpgsql security definer set search_path = public, pg_temp as $$
begin
  delete from follow_up_progress_bucket;
  insert into follow_up_progress_bucket
    (tenant_id, edition_id, theme, bucket, bucket_start, opened, progress_change)
  select c.tenant_id, r.edition_id, r.theme, k.bucket,
         date_trunc(k.bucket, e.created_at at time zone 'UTC')::date,
         sum(e.opened)::int, sum(e.progress_change)::int
    from (select u.commitment_id, u.created_at,
                 case when lag(u.id) over w is null then 1 else 0 end as opened,
                 u.progress - coalesce(lag(u.progress) over w, 0) as progress_change
            from commitment_update u
          window w as (partition by u.commitment_id order by u.created_at, u.id)) e
    join commitment c on c.id = e.commitment_id
    left join recommendation r on r.id = c.recommendation_id
   cross join (values ('week'), ('month')) as k(bucket)
   where c.parent_id is null
     and (c.recommendation_id is not null or c.source_action_id is not null)
   group by 1, 2, 3, 4, 5;
  delete from follow_up_city_progress_bucket;
  insert into follow_up_city_progress_bucket
    (tenant_id, bucket, bucket_start, opened, progress_change)
  select tenant_id, bucket, bucket_start, sum(opened), sum(progress_change)
    from follow_up_progress_bucket
   group by 1, 2, 3;
end $$;

-- From the groups as they stand (they are exact): cheaper than recounting every row.
insert into follow_up_city_tally
select k.tenant_id, ${sumsOf('k')}, max(k.last_update_at)
  from follow_up_tally k
 group by 1;
insert into follow_up_city_progress_bucket
  (tenant_id, bucket, bucket_start, opened, progress_change)
select tenant_id, bucket, bucket_start, sum(opened), sum(progress_change)
  from follow_up_progress_bucket
 group by 1, 2, 3;
`;

/*
 * The statements, written once here and placed in the functions below. In the city's functions
 * (and the network's filtered reads) they are planned at each call with the scope and the filter
 * folded in; the network's whole-city reads run them as static statements, whose plans
 * PostgreSQL keeps (planning was a tenth of the figures' time). `scope` restricts the cities of
 * `t` (tenant); `filter` is the jsonb filter's expression.
 */
const OPEN_COMMITMENT = `c.tenant_id = t.id and c.parent_id is null
          and c.status not in ('done', 'abandoned')
          and (c.recommendation_id is not null or c.source_action_id is not null)`;

const CITIES = (scope: string, filter: string) => `
  with cities as (
    select t.id, (now() at time zone t.time_zone)::date as today,
           now() - make_interval(days => coalesce(s.stale_after_days, 60)) as stale_before
      from tenant t left join follow_up_settings s on s.tenant_id = t.id
     where t.status <> 'archived'
       and ${scope}
       and (${filter}->>'tenant' is null or t.id = (${filter}->>'tenant')::uuid)
       and (${filter}->>'country' is null or t.country = ${filter}->>'country')
  )`;

const FIGURES_ROWS = `
  select t.id, coalesce(g.recommendations, 0), coalesce(g.submitted, 0),
         coalesce(g.answered, 0), coalesce(g.accepted, 0), coalesce(g.partly_accepted, 0),
         coalesce(g.declined, 0), coalesce(g.under_study, 0), coalesce(g.commitments, 0),
         coalesce(g.not_started, 0), coalesce(g.in_progress, 0), coalesce(g.done, 0),
         coalesce(g.delayed, 0), coalesce(g.abandoned, 0), coalesce(g.progress_sum, 0),
         coalesce(l.overdue, 0), coalesce(l.stale, 0), g.last_update_at
    from cities t
    left join groups g on g.tenant_id = t.id
    left join late_counts l on l.tenant_id = t.id`;

/**
 * The filter's edition, methodology, year and theme, on a row of `group` (its `edition_id` and
 * `theme`) joined to its edition `e` and that edition's template version `v`.
 */
const GROUP_FILTER = (group: string, filter: string) => `(${filter}->>'edition' is null
            or ${group}.edition_id = (${filter}->>'edition')::uuid)
       and (${filter}->>'methodology' is null
            or coalesce(v.key, 'inclucities-mentoring') = ${filter}->>'methodology')
       and (${filter}->>'editionYear' is null
            or extract(year from e.start_date)::int = (${filter}->>'editionYear')::int)
       and (${filter}->>'theme' is null or ${group}.theme = ${filter}->>'theme')`;

/** Each city's own tally, and its late commitments counted within its index scans. */
const WHOLE_CITY_FIGURES = (scope: string, filter: string) => `${CITIES(scope, filter)},
  groups as (
    select k.* from follow_up_city_tally k join cities t on t.id = k.tenant_id
  ), late_counts as (
    select t.id as tenant_id,
           (select count(*) from commitment c
             where c.due_date < t.today and ${OPEN_COMMITMENT})::int as overdue,
           (select count(*) from commitment c
             where c.last_update_at < t.stale_before and ${OPEN_COMMITMENT})::int as stale
      from cities t
  )${FIGURES_ROWS}`;

/** The city's groups the filter selects, and its late commitments of the same groups. */
const FILTERED_FIGURES = (scope: string, filter: string) => `${CITIES(scope, filter)},
  groups as (
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
     where ${GROUP_FILTER('k', filter)}
     group by k.tenant_id
  ), late as (
    -- Per city, through the indexes on open commitments: the overdue ones, then the stale ones
    -- not overdue, each with its recommendation for the filter. (offset 0 keeps each a per-city
    -- index read rather than one big join.)
    select t.id as tenant_id, l.recommendation_id, l.overdue, l.stale
      from cities t
     cross join lateral (
       select c.recommendation_id, true as overdue, c.last_update_at < t.stale_before as stale
         from commitment c
        where c.due_date < t.today and ${OPEN_COMMITMENT}
       union all
       select c.recommendation_id, false, true
         from commitment c
        where c.last_update_at < t.stale_before and c.due_date >= t.today
          and ${OPEN_COMMITMENT}
       offset 0) l
  ), late_counts as (
    select l.tenant_id, (count(*) filter (where l.overdue))::int as overdue,
           (count(*) filter (where l.stale))::int as stale
      from late l
      left join recommendation r on r.id = l.recommendation_id
      left join edition e on e.id = r.edition_id
      left join methodology_template_version v on v.id = e.template_version_id
     where ${GROUP_FILTER('r', filter)}
     group by l.tenant_id
  )${FIGURES_ROWS}`;

const SERIES = (source: string, scope: string, filter: string, bucket: string, points: string) => `
  with bounds as (
    select current_date as last_day, ('1 ' || ${bucket})::interval as step
     where ${bucket} in ('week', 'month')
  ), buckets as (
    select g::date as bucket_start, (g + b.step - interval '1 day')::date as bucket_end
      from bounds b,
           generate_series(
             date_trunc(${bucket}, (b.last_day - (least(${points}, 260) - 1) * b.step)::timestamp),
             date_trunc(${bucket}, b.last_day::timestamp), b.step) g
  ), per_bucket as (
    select greatest(p.bucket_start, (select min(bucket_start) from buckets)) as bucket_start,
           sum(p.opened) as commitments, sum(p.progress_change) as progress
      ${source}
       and p.bucket = ${bucket}
       and t.status <> 'archived'
       and ${scope}
       and (${filter}->>'tenant' is null or p.tenant_id = (${filter}->>'tenant')::uuid)
       and (${filter}->>'country' is null or t.country = ${filter}->>'country')
     group by 1
  )
  select b.bucket_end,
         (sum(coalesce(p.commitments, 0)) over (order by b.bucket_start))::int,
         (sum(coalesce(p.progress, 0)) over (order by b.bucket_start))::int
    from buckets b left join per_bucket p on p.bucket_start = b.bucket_start
   order by b.bucket_end`;

const WHOLE_CITY_BUCKETS = `from follow_up_city_progress_bucket p
      join tenant t on t.id = p.tenant_id
     where true`;

const FILTERED_BUCKETS = (filter: string) => `from follow_up_progress_bucket p
      join tenant t on t.id = p.tenant_id
      left join edition e on e.id = p.edition_id
      left join methodology_template_version v on v.id = e.template_version_id
     where ${GROUP_FILTER('p', filter)}`;

/** Text that closes the dynamic statement's quote, adds the caller's scope, and reopens it. */
const FOLDED_SCOPE = '$q$ || app_kept_follow_up_scope() || $q$';
const FILTERS_OF_GROUPS = `array['edition', 'methodology', 'editionYear', 'theme']`;

const READS = `
create or replace function app_kept_follow_up_figures(p_filter jsonb)
returns setof app_follow_up_figures_row
language plpgsql stable set search_path = public, pg_temp as $$
begin
  if p_filter ? 'from' or p_filter ? 'to' then
    raise exception 'the kept figures know no period: use app_follow_up_figures';
  end if;
  if p_filter ?| ${FILTERS_OF_GROUPS} then
    return query execute $q$ ${FILTERED_FIGURES(FOLDED_SCOPE, '$1')} $q$ using p_filter;
  else
    return query execute $q$ ${WHOLE_CITY_FIGURES(FOLDED_SCOPE, '$1')} $q$ using p_filter;
  end if;
end $$;

create or replace function app_kept_follow_up_series(p_filter jsonb, p_bucket text, p_points int)
returns setof app_follow_up_series_row
language plpgsql stable set search_path = public, pg_temp as $$
begin
  if p_filter ? 'from' or p_filter ? 'to' then
    raise exception 'the kept series knows no period: use app_follow_up_series';
  end if;
  if p_filter ?| ${FILTERS_OF_GROUPS} then
    return query execute $q$ ${SERIES(FILTERED_BUCKETS('$1'), FOLDED_SCOPE, '$1', '$2', '$3')} $q$
      using p_filter, p_bucket, p_points;
  else
    return query execute $q$ ${SERIES(WHOLE_CITY_BUCKETS, FOLDED_SCOPE, '$1', '$2', '$3')} $q$
      using p_filter, p_bucket, p_points;
  end if;
end $$;

create or replace function app_network_follow_up(p_filter jsonb)
returns setof app_follow_up_figures_row
language plpgsql stable security definer set search_path = public, pg_temp as $$
begin
  if not app_is_network_operator() then
    return;
  end if;
  if p_filter ? 'from' or p_filter ? 'to' then
    return query execute 'select * from app_follow_up_figures($1)' using p_filter - 'tenant';
  elsif p_filter - 'tenant' = '{}' then
    return query ${WHOLE_CITY_FIGURES('true', `'{}'::jsonb`)};
  else
    return query select * from app_kept_follow_up_figures(p_filter - 'tenant');
  end if;
end $$;
`;

export class Migration20261207200000WholeCityFigures extends Migration {
  override async up(): Promise<void> {
    this.addSql(CITY_TABLES);
    this.addSql(KEEPING);
    this.addSql(READS);
  }
}
