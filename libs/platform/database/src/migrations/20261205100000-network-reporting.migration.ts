import { Migration } from '@mikro-orm/migrations';

/*
 * PROGRESS BY PERIOD, KEPT AS IT CHANGES. The network's series summed every city's whole history
 * at each request (a window over 600,000 entries at 1,000 cities: 1 to 2 s). Here each history
 * entry's effect (a commitment opened, a progress difference) is added, as it is written, to
 * its week and its month, per city, edition and theme: the figures the network's filters need,
 * a row per period rather than per entry. Buckets are UTC weeks and months, the database's
 * time zone.
 *
 * Whatever changes an entry's effect or where it counts keeps the buckets exact: a new entry
 * (even one dated before others), a commitment moved or removed, a recommendation given another
 * theme or edition. Each trigger takes the effect of the commitments it touches before the
 * change away and adds their effect after it. Only the owner's functions write the table; the
 * runtime has no right on it at all.
 */
const BUCKETS = `
create table follow_up_progress_bucket (
  tenant_id uuid not null,
  edition_id uuid,
  theme text,
  bucket text not null check (bucket in ('week', 'month')),
  bucket_start date not null,
  opened int not null,
  progress_change int not null,
  constraint follow_up_progress_bucket_key unique nulls not distinct
    (tenant_id, bucket, edition_id, theme, bucket_start)
) with (fillfactor = 70);
-- The series reads one kind of bucket, all of it, from the index alone.
create index follow_up_progress_bucket_read_index on follow_up_progress_bucket (bucket)
  include (bucket_start, tenant_id, edition_id, theme, opened, progress_change);
alter table follow_up_progress_bucket enable row level security;
alter table follow_up_progress_bucket force row level security;
do $do$ begin
  execute format('create policy follow_up_progress_bucket_owner on follow_up_progress_bucket using (current_user = %L) with check (current_user = %L)', current_user, current_user);
end $do$;

-- Where a commitment counts (city, edition, theme), or nowhere: only top-level commitments that
-- answer a recommendation or an action plan's action come into the follow-up.
create function app_follow_up_bucket_scope(p_commitments jsonb)
returns table (commitment uuid, tenant_id uuid, edition_id uuid, theme text)
language sql stable set search_path = public, pg_temp as $$
  select c.id, c.tenant_id, r.edition_id, r.theme
    from jsonb_to_recordset(p_commitments)
           as c(id uuid, tenant_id uuid, parent_id uuid, recommendation_id uuid,
                source_action_id uuid)
    left join recommendation r on r.id = c.recommendation_id
   where c.parent_id is null
     and (c.recommendation_id is not null or c.source_action_id is not null)
$$;

-- What history entries add to the buckets: each entry opens its commitment (the first one) or
-- changes its progress by the difference with the one before.
create function app_follow_up_bucket_effects(p_scope jsonb, p_entries jsonb, p_sign int)
returns table (tenant_id uuid, edition_id uuid, theme text, bucket text, bucket_start date,
               opened int, progress_change int)
language sql immutable set search_path = public, pg_temp as $$
  with entries as (
    select e.commitment_id, e.created_at,
           case when lag(e.id) over w is null then 1 else 0 end as opened,
           e.progress - coalesce(lag(e.progress) over w, 0) as progress_change
      from jsonb_to_recordset(p_entries)
             as e(id uuid, commitment_id uuid, created_at timestamptz, progress int)
    window w as (partition by e.commitment_id order by e.created_at, e.id)
  )
  select s.tenant_id, s.edition_id, s.theme, k.bucket,
         date_trunc(k.bucket, e.created_at at time zone 'UTC')::date,
         p_sign * sum(e.opened)::int, p_sign * sum(e.progress_change)::int
    from entries e
    join jsonb_to_recordset(p_scope) as s(commitment uuid, tenant_id uuid, edition_id uuid, theme text)
      on s.commitment = e.commitment_id
   cross join (values ('week'), ('month')) as k(bucket)
   group by 1, 2, 3, 4, 5
$$;

create function app_follow_up_bucket_shift(p_scope_before jsonb, p_before jsonb,
                                           p_scope_after jsonb, p_after jsonb)
returns void language sql volatile security definer set search_path = public, pg_temp as $$
  insert into follow_up_progress_bucket as b
    (tenant_id, edition_id, theme, bucket, bucket_start, opened, progress_change)
  select tenant_id, edition_id, theme, bucket, bucket_start, sum(opened), sum(progress_change)
    from (select * from app_follow_up_bucket_effects(p_scope_before, p_before, -1)
          union all
          select * from app_follow_up_bucket_effects(p_scope_after, p_after, 1)) d
   group by 1, 2, 3, 4, 5
  having sum(opened) <> 0 or sum(progress_change) <> 0
  on conflict on constraint follow_up_progress_bucket_key do update
     set opened = b.opened + excluded.opened,
         progress_change = b.progress_change + excluded.progress_change
$$;

create function app_follow_up_bucket_entries(p_commitments uuid[])
returns jsonb language sql stable set search_path = public, pg_temp as $$
  select coalesce(jsonb_agg(jsonb_build_object('id', u.id, 'commitment_id', u.commitment_id,
                                               'created_at', u.created_at, 'progress', u.progress)),
                  '[]')
    from commitment_update u where u.commitment_id = any(p_commitments)
$$;

create function app_follow_up_bucket_commitments(p_commitments uuid[])
returns jsonb language sql stable set search_path = public, pg_temp as $$
  select coalesce(jsonb_agg(to_jsonb(c)), '[]') from commitment c where c.id = any(p_commitments)
$$;

create function app_follow_up_bucket_scope_json(p_commitments jsonb)
returns jsonb language sql stable set search_path = public, pg_temp as $$
  select coalesce(jsonb_agg(to_jsonb(s)), '[]') from app_follow_up_bucket_scope(p_commitments) s
$$;

-- History entries added or removed (in bulk too): their commitments' effect before, then after.
-- A commitment removed has already taken its whole effect away (below) and is skipped here.
create function app_follow_up_bucket_entries_changed() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  touched uuid[] := array(select distinct commitment_id from changed);
  scope jsonb := app_follow_up_bucket_scope_json(app_follow_up_bucket_commitments(touched));
  after jsonb := app_follow_up_bucket_entries(touched);
  before jsonb;
begin
  if tg_op = 'INSERT' then
    before := coalesce((select jsonb_agg(e) from jsonb_array_elements(after) e
                         where (e->>'id')::uuid not in (select id from changed)), '[]');
  else
    before := after || coalesce((select jsonb_agg(jsonb_build_object('id', c.id,
                         'commitment_id', c.commitment_id, 'created_at', c.created_at,
                         'progress', c.progress)) from changed c), '[]');
  end if;
  perform app_follow_up_bucket_shift(scope, before, scope, after);
  return null;
end $$;

create function app_follow_up_bucket_commitment_changed() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  entries jsonb := app_follow_up_bucket_entries(array[old.id]);
begin
  perform app_follow_up_bucket_shift(
    app_follow_up_bucket_scope_json(jsonb_build_array(to_jsonb(old))), entries,
    case when tg_op = 'DELETE' then '[]'::jsonb
         else app_follow_up_bucket_scope_json(jsonb_build_array(to_jsonb(new))) end,
    case when tg_op = 'DELETE' then '[]'::jsonb else entries end);
  return case when tg_op = 'DELETE' then old else new end;
end $$;

create function app_follow_up_bucket_recommendation_changed() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  touched uuid[] := array(select c.id from commitment c
                           where c.recommendation_id = new.id and c.parent_id is null);
  entries jsonb := app_follow_up_bucket_entries(touched);
  scope jsonb := coalesce((select jsonb_agg(jsonb_build_object('commitment', c, 'tenant_id',
                   new.tenant_id, 'edition_id', new.edition_id, 'theme', new.theme))
                   from unnest(touched) c), '[]');
  scope_before jsonb := coalesce((select jsonb_agg(jsonb_build_object('commitment', c,
                          'tenant_id', old.tenant_id, 'edition_id', old.edition_id,
                          'theme', old.theme)) from unnest(touched) c), '[]');
begin
  perform app_follow_up_bucket_shift(scope_before, entries, scope, entries);
  return null;
end $$;

create trigger follow_up_bucket_entries_added after insert on commitment_update
  referencing new table as changed for each statement
  execute function app_follow_up_bucket_entries_changed();
create trigger follow_up_bucket_entries_removed after delete on commitment_update
  referencing old table as changed for each statement
  execute function app_follow_up_bucket_entries_changed();
create trigger follow_up_bucket_commitment_moved
  after update of tenant_id, parent_id, recommendation_id, source_action_id on commitment
  for each row
  when ((old.tenant_id, old.parent_id, old.recommendation_id, old.source_action_id)
        is distinct from (new.tenant_id, new.parent_id, new.recommendation_id, new.source_action_id))
  execute function app_follow_up_bucket_commitment_changed();
create trigger follow_up_bucket_commitment_removed before delete on commitment
  for each row execute function app_follow_up_bucket_commitment_changed();
create trigger follow_up_bucket_recommendation_moved
  after update of tenant_id, edition_id, theme on recommendation
  for each row
  when ((old.tenant_id, old.edition_id, old.theme)
        is distinct from (new.tenant_id, new.edition_id, new.theme))
  execute function app_follow_up_bucket_recommendation_changed();

-- Every bucket from the histories as they stand: what the migration starts from, and what an
-- operator may run should the buckets ever be doubted.
create function app_follow_up_buckets_rebuild() returns void
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
end $$;
select app_follow_up_buckets_rebuild();

revoke all on function app_follow_up_bucket_scope(jsonb),
  app_follow_up_bucket_effects(jsonb, jsonb, int),
  app_follow_up_bucket_shift(jsonb, jsonb, jsonb, jsonb),
  app_follow_up_bucket_entries(uuid[]), app_follow_up_bucket_commitments(uuid[]),
  app_follow_up_bucket_scope_json(jsonb), app_follow_up_buckets_rebuild() from public;
`;

/*
 * FIGURES PER CITY, KEPT AS THEY CHANGE. Counting 20,000 recommendations and 60,000 commitments
 * at each request took 80 to 120 ms at 1,000 cities. Here each city keeps, per edition and theme,
 * its recommendations by status and answer and its commitments by status, their progress and
 * their latest update, changed with the rows themselves. What depends on the day (overdue, stale)
 * is still counted at each request, over open commitments only, through the indexes below. As
 * with the buckets, a change takes the effect of the rows before it away and adds their effect
 * after it.
 */
const TALLY = `
create table follow_up_tally (
  tenant_id uuid not null,
  edition_id uuid,
  theme text,
  recommendations int not null,
  submitted int not null,
  answered int not null,
  accepted int not null,
  partly_accepted int not null,
  declined int not null,
  under_study int not null,
  commitments int not null,
  not_started int not null,
  in_progress int not null,
  done int not null,
  delayed int not null,
  abandoned int not null,
  progress_sum int not null,
  last_update_at timestamptz,
  constraint follow_up_tally_key unique nulls not distinct (tenant_id, edition_id, theme)
) with (fillfactor = 70);
alter table follow_up_tally enable row level security;
alter table follow_up_tally force row level security;
do $do$ begin
  execute format('create policy follow_up_tally_owner on follow_up_tally using (current_user = %L) with check (current_user = %L)', current_user, current_user);
end $do$;

-- Open commitments in the follow-up, by city and due date, and by city and latest update.
create index commitment_open_due_index on commitment (tenant_id, due_date)
  include (last_update_at, recommendation_id)
  where parent_id is null and status not in ('done', 'abandoned')
    and (recommendation_id is not null or source_action_id is not null);
create index commitment_open_last_update_index on commitment (tenant_id, last_update_at)
  include (due_date, recommendation_id)
  where parent_id is null and status not in ('done', 'abandoned')
    and (recommendation_id is not null or source_action_id is not null);

create function app_follow_up_tally_of_recommendation(r recommendation, p_sign int)
returns follow_up_tally language sql immutable set search_path = public, pg_temp as $$
  select row(r.tenant_id, r.edition_id, r.theme, p_sign,
             p_sign * (r.status = 'submitted')::int, p_sign * (r.answer is not null)::int,
             p_sign * (r.answer is not distinct from 'accepted')::int,
             p_sign * (r.answer is not distinct from 'partly_accepted')::int,
             p_sign * (r.answer is not distinct from 'declined')::int,
             p_sign * (r.answer is not distinct from 'under_study')::int,
             0, 0, 0, 0, 0, 0, 0, null)::follow_up_tally
$$;

-- A commitment counts in its recommendation's group, or in its city's group of action-plan
-- commitments (no edition, no theme); a sub-commitment does not count.
create function app_follow_up_tally_of_commitment(c commitment, p_edition uuid, p_theme text,
                                                  p_sign int)
returns setof follow_up_tally language sql immutable set search_path = public, pg_temp as $$
  select row(c.tenant_id, p_edition, p_theme, 0, 0, 0, 0, 0, 0, 0, p_sign,
             p_sign * (c.status = 'not_started')::int, p_sign * (c.status = 'in_progress')::int,
             p_sign * (c.status = 'done')::int, p_sign * (c.status = 'delayed')::int,
             p_sign * (c.status = 'abandoned')::int, p_sign * c.progress,
             c.last_update_at)::follow_up_tally
   where c.parent_id is null and (c.recommendation_id is not null or c.source_action_id is not null)
$$;

create function app_follow_up_tally_of_commitment(c commitment, p_sign int)
returns setof follow_up_tally language sql stable set search_path = public, pg_temp as $$
  select s.* from (select r.edition_id, r.theme from (select 1) one
                     left join recommendation r on r.id = c.recommendation_id) k,
                  app_follow_up_tally_of_commitment(c, k.edition_id, k.theme, p_sign) s
$$;

-- The latest update in a group, for when the one that was latest leaves it.
create function app_follow_up_tally_latest(p_tenant uuid, p_edition uuid, p_theme text)
returns timestamptz language sql stable set search_path = public, pg_temp as $$
  select max(x.last_update_at) from (
    select c.last_update_at from recommendation r
      join commitment c on c.recommendation_id = r.id and c.parent_id is null
     where p_edition is not null and r.tenant_id = p_tenant and r.edition_id = p_edition
       and r.theme = p_theme
    union all
    select c.last_update_at from commitment c
     where p_edition is null and c.tenant_id = p_tenant and c.source_action_id is not null
       and c.parent_id is null) x
$$;

-- Adds shares to their groups. A share taken away (-1) may have been its group's latest update:
-- then the group's latest is read again.
create function app_follow_up_tally_apply(p_shares follow_up_tally[])
returns void language plpgsql volatile security definer set search_path = public, pg_temp as $$
begin
  insert into follow_up_tally as t
  select s.tenant_id, s.edition_id, s.theme, sum(s.recommendations), sum(s.submitted),
         sum(s.answered), sum(s.accepted), sum(s.partly_accepted), sum(s.declined),
         sum(s.under_study), sum(s.commitments), sum(s.not_started), sum(s.in_progress),
         sum(s.done), sum(s.delayed), sum(s.abandoned), sum(s.progress_sum),
         max(s.last_update_at) filter (where s.commitments > 0)
    from unnest(p_shares) s
   group by 1, 2, 3
  on conflict on constraint follow_up_tally_key do update
     set recommendations = t.recommendations + excluded.recommendations,
         submitted = t.submitted + excluded.submitted,
         answered = t.answered + excluded.answered,
         accepted = t.accepted + excluded.accepted,
         partly_accepted = t.partly_accepted + excluded.partly_accepted,
         declined = t.declined + excluded.declined,
         under_study = t.under_study + excluded.under_study,
         commitments = t.commitments + excluded.commitments,
         not_started = t.not_started + excluded.not_started,
         in_progress = t.in_progress + excluded.in_progress,
         done = t.done + excluded.done,
         delayed = t.delayed + excluded.delayed,
         abandoned = t.abandoned + excluded.abandoned,
         progress_sum = t.progress_sum + excluded.progress_sum,
         last_update_at = greatest(t.last_update_at, excluded.last_update_at);
  update follow_up_tally t
     set last_update_at = app_follow_up_tally_latest(t.tenant_id, t.edition_id, t.theme)
    from unnest(p_shares) s
   where s.commitments < 0 and t.tenant_id = s.tenant_id
     and t.edition_id is not distinct from s.edition_id and t.theme is not distinct from s.theme
     and t.last_update_at <= s.last_update_at;
end $$;

create function app_follow_up_tally_commitment_changed() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
begin
  perform app_follow_up_tally_apply(array(
    select s from app_follow_up_tally_of_commitment(old, -1) s where tg_op <> 'INSERT'
    union all
    select s from app_follow_up_tally_of_commitment(new, 1) s where tg_op <> 'DELETE'));
  return null;
end $$;

-- A recommendation moved to another edition or theme takes its commitments along.
create function app_follow_up_tally_recommendation_changed() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
begin
  perform app_follow_up_tally_apply(array(
    select app_follow_up_tally_of_recommendation(old, -1) where tg_op <> 'INSERT'
    union all
    select app_follow_up_tally_of_recommendation(new, 1) where tg_op <> 'DELETE'
    union all
    select s from commitment c,
           app_follow_up_tally_of_commitment(c, old.edition_id, old.theme, -1) s
     where tg_op = 'UPDATE' and c.recommendation_id = old.id
       and (old.edition_id, old.theme) is distinct from (new.edition_id, new.theme)
    union all
    select s from commitment c,
           app_follow_up_tally_of_commitment(c, new.edition_id, new.theme, 1) s
     where tg_op = 'UPDATE' and c.recommendation_id = new.id
       and (old.edition_id, old.theme) is distinct from (new.edition_id, new.theme)));
  return null;
end $$;

create trigger follow_up_tally_commitment_added_or_removed after insert or delete on commitment
  for each row execute function app_follow_up_tally_commitment_changed();
create trigger follow_up_tally_commitment_changed
  after update of tenant_id, parent_id, recommendation_id, source_action_id, status, progress,
                  last_update_at on commitment
  for each row
  when ((old.tenant_id, old.parent_id, old.recommendation_id, old.source_action_id, old.status,
         old.progress, old.last_update_at)
        is distinct from (new.tenant_id, new.parent_id, new.recommendation_id,
                          new.source_action_id, new.status, new.progress, new.last_update_at))
  execute function app_follow_up_tally_commitment_changed();
create trigger follow_up_tally_recommendation_added_or_removed
  after insert or delete on recommendation
  for each row execute function app_follow_up_tally_recommendation_changed();
create trigger follow_up_tally_recommendation_changed
  after update of tenant_id, edition_id, theme, status, answer on recommendation
  for each row
  when ((old.tenant_id, old.edition_id, old.theme, old.status, old.answer)
        is distinct from (new.tenant_id, new.edition_id, new.theme, new.status, new.answer))
  execute function app_follow_up_tally_recommendation_changed();

create function app_follow_up_tally_rebuild() returns void
language plpgsql security definer set search_path = public, pg_temp as $$
begin
  delete from follow_up_tally;
  perform app_follow_up_tally_apply(array(
    select app_follow_up_tally_of_recommendation(r, 1) from recommendation r
    union all
    select s from commitment c
      left join recommendation r on r.id = c.recommendation_id,
           app_follow_up_tally_of_commitment(c, r.edition_id, r.theme, 1) s));
end $$;
select app_follow_up_tally_rebuild();

revoke all on function app_follow_up_tally_of_recommendation(recommendation, int),
  app_follow_up_tally_of_commitment(commitment, uuid, text, int),
  app_follow_up_tally_of_commitment(commitment, int),
  app_follow_up_tally_latest(uuid, uuid, text), app_follow_up_tally_apply(follow_up_tally[]),
  app_follow_up_tally_rebuild() from public;
`;

/*
 * THE NETWORK'S REPORTING FUNCTIONS run as the reporting role, which bypasses row-level security:
 * under the owner, every row of 60,000 commitments went through the policies (a sub-query per
 * recommendation for the published check), and their estimates led the planner to nested loops
 * (0.9 s for the figures at 1,000 cities, against 230 ms as plain queries). They still answer
 * the network operator only, and return figures per city and per period, never a row.
 *
 * They read the tallies and buckets above, and count overdue and stale commitments among the open
 * ones. A period filters commitments by due date and recommendations by submission, which those
 * do not record: then they run the city dashboard's own functions over every city (about 1 s at
 * 1,000 cities).
 */
const NETWORK = `
grant create on schema public to inclusion_reporting;
grant select on tenant, edition, methodology_template_version, recommendation, commitment,
  commitment_update, follow_up_settings, follow_up_progress_bucket, follow_up_tally
  to inclusion_reporting;
grant execute on function app_is_network_operator(), app_current_tenant(),
  app_follow_up_recommendations(jsonb), app_follow_up_commitments(jsonb),
  app_follow_up_figures(jsonb), app_follow_up_series(jsonb, text, int) to inclusion_reporting;

create or replace function app_network_follow_up(p_filter jsonb)
returns setof app_follow_up_figures_row
language plpgsql stable security definer set search_path = public, pg_temp as $$
begin
  if not app_is_network_operator() then
    return;
  end if;
  if p_filter ? 'from' or p_filter ? 'to' then
    return query execute 'select * from app_follow_up_figures($1)' using p_filter - 'tenant';
    return;
  end if;
  return query execute $q$
  with cities as (
    select t.id, (now() at time zone t.time_zone)::date as today,
           now() - make_interval(days => coalesce(s.stale_after_days, 60)) as stale_before
      from tenant t left join follow_up_settings s on s.tenant_id = t.id
     where t.status <> 'archived'
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
  $q$ using p_filter - 'tenant';
end $$;

create or replace function app_network_follow_up_series(p_filter jsonb, p_bucket text, p_points int)
returns setof app_follow_up_series_row language plpgsql stable
security definer set search_path = public, pg_temp as $$
begin
  if not app_is_network_operator() then
    return;
  end if;
  if p_filter ? 'from' or p_filter ? 'to' then
    return query execute 'select * from app_follow_up_series($1, $2, $3)'
      using p_filter - 'tenant', p_bucket, p_points;
    return;
  end if;
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
  $q$ using p_filter - 'tenant', p_bucket, p_points;
end $$;

alter function app_network_follow_up(jsonb) owner to inclusion_reporting;
alter function app_network_follow_up_series(jsonb, text, int) owner to inclusion_reporting;
`;

export class Migration20261205100000NetworkReporting extends Migration {
  override async up(): Promise<void> {
    this.addSql(BUCKETS);
    this.addSql(TALLY);
    this.addSql(NETWORK);
  }
}
