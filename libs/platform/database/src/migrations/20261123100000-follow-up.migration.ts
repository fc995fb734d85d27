import { Migration } from '@mikro-orm/migrations';

/* Ranges the application checks too; here, so that no path around it stores nonsense. */
const CHECKS = `
alter table commitment add constraint commitment_progress_check
  check (progress >= 0 and progress <= 100);
alter table commitment add constraint commitment_weight_check check (weight >= 1 and weight <= 100);
alter table commitment_update add constraint commitment_update_progress_check
  check (progress >= 0 and progress <= 100);
alter table follow_up_settings add constraint follow_up_settings_stale_after_days_check
  check (stale_after_days >= 7 and stale_after_days <= 365);
alter table follow_up_settings add constraint follow_up_settings_due_soon_days_check
  check (due_soon_days >= 1 and due_soon_days <= 90);
`;

/*
 * Recommendations, answers, commitments and their history are the city's: its members read them
 * and the application decides, by role, who writes. Answers and progress updates are a history:
 * the runtime may add to them, never change nor remove them (see the grants).
 *
 * A published commitment is public: anyone reads it, its milestones (published with it), its
 * progress history and the recommendation it answers, without an account or a tenant.
 */
const ROW_LEVEL_SECURITY = `
alter table recommendation enable row level security;
alter table recommendation force row level security;
create policy recommendation_in_tenant on recommendation
  using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
create policy recommendation_published on recommendation for select
  using (exists (select 1 from commitment c
                  where c.recommendation_id = recommendation.id and c.published_at is not null));

alter table recommendation_coauthor enable row level security;
alter table recommendation_coauthor force row level security;
create policy recommendation_coauthor_in_tenant on recommendation_coauthor
  using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

alter table recommendation_answer enable row level security;
alter table recommendation_answer force row level security;
create policy recommendation_answer_in_tenant on recommendation_answer
  using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

alter table commitment enable row level security;
alter table commitment force row level security;
create policy commitment_in_tenant on commitment
  using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
create policy commitment_published on commitment for select using (published_at is not null);

alter table commitment_update enable row level security;
alter table commitment_update force row level security;
create policy commitment_update_in_tenant on commitment_update
  using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
create policy commitment_update_published on commitment_update for select
  using (exists (select 1 from commitment c
                  where c.id = commitment_id and c.published_at is not null));

alter table follow_up_settings enable row level security;
alter table follow_up_settings force row level security;
create policy follow_up_settings_in_tenant on follow_up_settings
  using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

-- A person's own choices; the worker reads everyone's to know whom to write to.
alter table notification_preference enable row level security;
alter table notification_preference force row level security;
create policy notification_preference_own on notification_preference
  using (user_id = app_current_user()) with check (user_id = app_current_user());
create policy notification_preference_system on notification_preference for select
  using (app_is_system());

-- The worker's record of what it queued; nobody else reads it.
alter table notification_dispatch enable row level security;
alter table notification_dispatch force row level security;
create policy notification_dispatch_system on notification_dispatch
  using (app_is_system()) with check (app_is_system());
`;

/*
 * THE CROSS-TENANT PATH of the follow-up: the network's functions below run as the owner
 * (SECURITY DEFINER), the one role these policies let read the recommendations, commitments,
 * histories, settings and editions of every tenant. They answer only the network operator and
 * return figures per city, never a row.
 */
const FIGURES_READER = `
do $do$ begin
  execute format('create policy recommendation_figures on recommendation for select using (current_user = %L)', current_user);
  execute format('create policy commitment_figures on commitment for select using (current_user = %L)', current_user);
  execute format('create policy commitment_update_figures on commitment_update for select using (current_user = %L)', current_user);
  execute format('create policy follow_up_settings_figures on follow_up_settings for select using (current_user = %L)', current_user);
  execute format('create policy edition_figures on edition for select using (current_user = %L)', current_user);
end $do$;
`;

/*
 * The recommendations and top-level commitments a dashboard counts, by a filter given as JSON
 * (tenant, edition, country, methodology, editionYear, theme, from, to: each optional). They run
 * as their caller: a city's member sees their city only, whatever the filter says, and the
 * network operator (through the functions further down) every city. The default of 60 days is
 * the application's DEFAULT_STALE_AFTER_DAYS, for a city that never changed its settings.
 */
const SCOPE = `
create function app_follow_up_recommendations(p_filter jsonb)
returns table (id uuid, tenant_id uuid, status text, answer text, submitted_at timestamptz)
language sql stable set search_path = public, pg_temp as $$
  select r.id, r.tenant_id, r.status, r.answer, r.submitted_at
    from recommendation r
    join tenant t on t.id = r.tenant_id
    join edition e on e.id = r.edition_id
    join methodology_template_version v on v.id = e.template_version_id
   where t.status <> 'archived'
     and (r.tenant_id = app_current_tenant() or app_is_network_operator())
     and (p_filter->>'tenant' is null or r.tenant_id = (p_filter->>'tenant')::uuid)
     and (p_filter->>'country' is null or t.country = p_filter->>'country')
     and (p_filter->>'edition' is null or r.edition_id = (p_filter->>'edition')::uuid)
     and (p_filter->>'methodology' is null or v.key = p_filter->>'methodology')
     and (p_filter->>'editionYear' is null
          or extract(year from e.start_date)::int = (p_filter->>'editionYear')::int)
     and (p_filter->>'theme' is null or r.theme = p_filter->>'theme')
$$;

-- A period selects the commitments due within it.
create function app_follow_up_commitments(p_filter jsonb)
returns table (id uuid, tenant_id uuid, status text, progress int, due_date date,
               last_update_at timestamptz, overdue boolean, stale boolean)
language sql stable set search_path = public, pg_temp as $$
  select c.id, c.tenant_id, c.status, c.progress::int, c.due_date, c.last_update_at,
         c.status not in ('done', 'abandoned')
           and c.due_date < (now() at time zone t.time_zone)::date,
         c.status not in ('done', 'abandoned')
           and c.last_update_at < now() - make_interval(days => coalesce(s.stale_after_days, 60))
    from app_follow_up_recommendations(p_filter) r
    join commitment c on c.recommendation_id = r.id and c.parent_id is null
    join tenant t on t.id = c.tenant_id
    left join follow_up_settings s on s.tenant_id = c.tenant_id
   where (p_filter->>'from' is null or c.due_date >= (p_filter->>'from')::date)
     and (p_filter->>'to' is null or c.due_date <= (p_filter->>'to')::date)
$$;
`;

/*
 * Per city: its recommendations (submitted within the period, when one is given) and the city's
 * answers, its commitments by status, the sum of their progress (the API divides), how many are
 * overdue or stale, and when one was last updated. Every city in scope has a row, even an empty
 * one: a city with nothing to show is what the operator looks for.
 */
const FIGURES = `
create type app_follow_up_figures_row as (
  tenant_id uuid, recommendations int, submitted int, answered int, accepted int,
  partly_accepted int, declined int, under_study int, commitments int, not_started int,
  in_progress int, done int, delayed int, abandoned int, progress_sum int, overdue int, stale int,
  last_update_at timestamptz);
create type app_follow_up_series_row as (bucket_end date, commitments int, progress_sum int);

create function app_follow_up_figures(p_filter jsonb)
returns setof app_follow_up_figures_row
language sql stable set search_path = public, pg_temp as $$
  with cities as (
    select t.id from tenant t
     where t.status <> 'archived'
       and (t.id = app_current_tenant() or app_is_network_operator())
       and (p_filter->>'tenant' is null or t.id = (p_filter->>'tenant')::uuid)
       and (p_filter->>'country' is null or t.country = p_filter->>'country')
  ), recs as (
    select r.tenant_id, count(*)::int as total,
           (count(*) filter (where r.status = 'submitted'))::int as submitted,
           (count(*) filter (where r.answer is not null))::int as answered,
           (count(*) filter (where r.answer = 'accepted'))::int as accepted,
           (count(*) filter (where r.answer = 'partly_accepted'))::int as partly_accepted,
           (count(*) filter (where r.answer = 'declined'))::int as declined,
           (count(*) filter (where r.answer = 'under_study'))::int as under_study
      from app_follow_up_recommendations(p_filter) r
     where (p_filter->>'from' is null or r.submitted_at >= (p_filter->>'from')::date)
       and (p_filter->>'to' is null or r.submitted_at < (p_filter->>'to')::date + 1)
     group by r.tenant_id
  ), commits as (
    select c.tenant_id, count(*)::int as total,
           (count(*) filter (where c.status = 'not_started'))::int as not_started,
           (count(*) filter (where c.status = 'in_progress'))::int as in_progress,
           (count(*) filter (where c.status = 'done'))::int as done,
           (count(*) filter (where c.status = 'delayed'))::int as delayed,
           (count(*) filter (where c.status = 'abandoned'))::int as abandoned,
           sum(c.progress)::int as progress_sum,
           (count(*) filter (where c.overdue))::int as overdue,
           (count(*) filter (where c.stale))::int as stale,
           max(c.last_update_at) as last_update_at
      from app_follow_up_commitments(p_filter) c
     group by c.tenant_id
  )
  select t.id, coalesce(r.total, 0), coalesce(r.submitted, 0), coalesce(r.answered, 0),
         coalesce(r.accepted, 0), coalesce(r.partly_accepted, 0), coalesce(r.declined, 0),
         coalesce(r.under_study, 0), coalesce(c.total, 0), coalesce(c.not_started, 0),
         coalesce(c.in_progress, 0), coalesce(c.done, 0), coalesce(c.delayed, 0),
         coalesce(c.abandoned, 0), coalesce(c.progress_sum, 0), coalesce(c.overdue, 0),
         coalesce(c.stale, 0), c.last_update_at
    from cities t
    left join recs r on r.tenant_id = t.id
    left join commits c on c.tenant_id = t.id
$$;
`;

/*
 * Progress over time: at the end of each week or month, how many commitments in scope existed and
 * the sum of their progress then, from their history (each entry holds until the next). Each
 * entry is turned into what it changed (a new commitment, a progress difference), summed per
 * period and accumulated: one pass over the histories, whatever the number of periods. The
 * buckets span the period, or the last p_points up to today; what came before the first one
 * counts in it.
 */
const SERIES = `
create function app_follow_up_series(p_filter jsonb, p_bucket text, p_points int)
returns setof app_follow_up_series_row
language sql stable set search_path = public, pg_temp as $$
  with bounds as (
    select coalesce((p_filter->>'to')::date, current_date) as last_day,
           ('1 ' || p_bucket)::interval as step
     where p_bucket in ('week', 'month')
  ), buckets as (
    select g::date as bucket_start, (g + b.step - interval '1 day')::date as bucket_end
      from bounds b,
           generate_series(
             date_trunc(p_bucket, coalesce((p_filter->>'from')::date,
                                           b.last_day - (least(p_points, 260) - 1) * b.step)::timestamp),
             date_trunc(p_bucket, b.last_day::timestamp), b.step) g
  ), scope as (
    select c.id from app_follow_up_commitments(p_filter) c
  ), changes as (
    select u.created_at,
           u.progress - coalesce(lag(u.progress) over w, 0) as progress_change,
           case when lag(u.id) over w is null then 1 else 0 end as new_commitment
      from commitment_update u join scope s on s.id = u.commitment_id
    window w as (partition by u.commitment_id order by u.created_at, u.id)
  ), per_bucket as (
    select greatest(date_trunc(p_bucket, c.created_at)::date, (select min(bucket_start) from buckets))
             as bucket_start,
           sum(c.new_commitment) as commitments, sum(c.progress_change) as progress
      from changes c
     group by 1
  )
  select b.bucket_end,
         (sum(coalesce(p.commitments, 0)) over (order by b.bucket_start))::int,
         (sum(coalesce(p.progress, 0)) over (order by b.bucket_start))::int
    from buckets b left join per_bucket p on p.bucket_start = b.bucket_start
   order by b.bucket_end
$$;
`;

/* The network's path: the functions above, as the owner, for the network operator only. */
const NETWORK = `
create function app_network_follow_up(p_filter jsonb)
returns setof app_follow_up_figures_row
language plpgsql stable security definer set search_path = public, pg_temp as $$
begin
  if app_is_network_operator() then
    return query select * from app_follow_up_figures(p_filter - 'tenant');
  end if;
end $$;

create function app_network_follow_up_series(p_filter jsonb, p_bucket text, p_points int)
returns setof app_follow_up_series_row language plpgsql stable
security definer set search_path = public, pg_temp as $$
begin
  if app_is_network_operator() then
    return query select * from app_follow_up_series(p_filter - 'tenant', p_bucket, p_points);
  end if;
end $$;
`;

const GRANTS = `
grant select, insert, update, delete on recommendation to inclusion_runtime;
grant select, insert, delete on recommendation_coauthor to inclusion_runtime;
grant select, insert on recommendation_answer, commitment_update to inclusion_runtime;
grant select, insert, update on commitment, follow_up_settings to inclusion_runtime;
grant select, insert, update, delete on notification_preference to inclusion_runtime;
grant select, insert on notification_dispatch to inclusion_runtime;
revoke all on function app_follow_up_recommendations(jsonb), app_follow_up_commitments(jsonb),
  app_follow_up_figures(jsonb), app_follow_up_series(jsonb, text, int),
  app_network_follow_up(jsonb), app_network_follow_up_series(jsonb, text, int) from public;
grant execute on function app_follow_up_recommendations(jsonb), app_follow_up_commitments(jsonb),
  app_follow_up_figures(jsonb), app_follow_up_series(jsonb, text, int),
  app_network_follow_up(jsonb), app_network_follow_up_series(jsonb, text, int)
  to inclusion_runtime;
`;

export class Migration20261123100000FollowUp extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "follow_up_settings" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "stale_after_days" smallint not null default 60, "due_soon_days" smallint not null default 14, constraint "follow_up_settings_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "follow_up_settings_tenant_id_index" on "follow_up_settings" ("tenant_id");`,
    );
    this.addSql(
      `alter table "follow_up_settings" add constraint "follow_up_settings_tenant_id_unique" unique ("tenant_id");`,
    );
    this.addSql(
      `create table "recommendation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "edition_id" uuid not null, "policy_lab_id" uuid null, "external_id" text null, "title" jsonb not null, "body" jsonb not null, "theme" text check ("theme" in ('information_access', 'participation', 'peer_mentoring', 'lived_expertise', 'local')) not null, "local_theme" jsonb null, "status" text check ("status" in ('draft', 'adopted', 'presented', 'submitted')) not null default 'draft', "submitted_at" timestamptz null, "answer" text check ("answer" in ('accepted', 'partly_accepted', 'declined', 'under_study')) null, "answered_on" date null, "created_by_id" uuid null, constraint "recommendation_pkey" primary key ("id"), constraint "recommendation_local_theme_check" check (("theme" = 'local') = ("local_theme" is not null)));`,
    );
    this.addSql(`create index "recommendation_tenant_id_index" on "recommendation" ("tenant_id");`);
    this.addSql(
      `create index "recommendation_edition_id_index" on "recommendation" ("edition_id");`,
    );
    this.addSql(
      `create index "recommendation_policy_lab_id_index" on "recommendation" ("policy_lab_id");`,
    );
    this.addSql(
      `alter table "recommendation" add constraint "recommendation_tenant_id_external_id_unique" unique ("tenant_id", "external_id");`,
    );
    this.addSql(
      `create table "recommendation_answer" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "recommendation_id" uuid not null, "decision" text check ("decision" in ('accepted', 'partly_accepted', 'declined', 'under_study')) not null, "reason" text null, "answered_on" date not null, "answered_by_id" uuid null, constraint "recommendation_answer_pkey" primary key ("id"), constraint "recommendation_answer_reason_check" check ("decision" <> 'declined' or "reason" is not null));`,
    );
    this.addSql(
      `create index "recommendation_answer_tenant_id_index" on "recommendation_answer" ("tenant_id");`,
    );
    this.addSql(
      `create index "recommendation_answer_recommendation_id_index" on "recommendation_answer" ("recommendation_id");`,
    );
    this.addSql(
      `create table "notification_preference" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "user_id" uuid not null, "kind" text check ("kind" in ('commitment_reminders', 'tenant_digest', 'network_summary')) not null, "frequency" text check ("frequency" in ('none', 'weekly', 'monthly')) not null, constraint "notification_preference_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "notification_preference" add constraint "notification_preference_user_id_kind_unique" unique ("user_id", "kind");`,
    );
    this.addSql(
      `create table "notification_dispatch" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "user_id" uuid not null, "kind" text check ("kind" in ('commitment_reminders', 'tenant_digest', 'network_summary')) not null, "tenant_id" uuid null, "period" text not null, constraint "notification_dispatch_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "notification_dispatch_tenant_id_index" on "notification_dispatch" ("tenant_id");`,
    );
    this.addSql(
      `alter table "notification_dispatch" add constraint "notification_dispatch_once_unique" unique nulls not distinct ("user_id", "kind", "tenant_id", "period");`,
    );
    this.addSql(
      `create table "recommendation_coauthor" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "recommendation_id" uuid not null, "membership_id" uuid not null, constraint "recommendation_coauthor_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "recommendation_coauthor_tenant_id_index" on "recommendation_coauthor" ("tenant_id");`,
    );
    this.addSql(
      `create index "recommendation_coauthor_membership_id_index" on "recommendation_coauthor" ("membership_id");`,
    );
    this.addSql(
      `alter table "recommendation_coauthor" add constraint "recommendation_coauthor_tenant_id_recommendation__7ba25_unique" unique ("tenant_id", "recommendation_id", "membership_id");`,
    );
    this.addSql(
      `create table "commitment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "recommendation_id" uuid not null, "parent_id" uuid null, "external_id" text null, "title" jsonb not null, "description" jsonb null, "department" text not null, "owner_id" uuid null, "start_date" date not null, "due_date" date not null, "status" text check ("status" in ('not_started', 'in_progress', 'done', 'delayed', 'abandoned')) not null default 'not_started', "status_reason" text null, "progress" smallint not null default 0, "weight" smallint not null default 1, "published_at" timestamptz null, "last_update_at" timestamptz not null, "created_by_id" uuid null, constraint "commitment_pkey" primary key ("id"), constraint "commitment_dates_check" check ("due_date" >= "start_date"), constraint "commitment_abandoned_reason_check" check ("status" <> 'abandoned' or "status_reason" is not null));`,
    );
    this.addSql(`create index "commitment_tenant_id_index" on "commitment" ("tenant_id");`);
    this.addSql(
      `create index "commitment_recommendation_id_index" on "commitment" ("recommendation_id");`,
    );
    this.addSql(`create index "commitment_parent_id_index" on "commitment" ("parent_id");`);
    this.addSql(`create index "commitment_owner_id_index" on "commitment" ("owner_id");`);
    this.addSql(
      `create index "commitment_published_index" on "commitment" ("tenant_id") where "published_at" is not null;`,
    );
    this.addSql(
      `alter table "commitment" add constraint "commitment_tenant_id_external_id_unique" unique ("tenant_id", "external_id");`,
    );
    this.addSql(
      `create table "commitment_update" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "commitment_id" uuid not null, "author_id" uuid null, "progress" smallint not null, "status" text check ("status" in ('not_started', 'in_progress', 'done', 'delayed', 'abandoned')) not null, "note" text null, "evidence" text[] not null, "rolled_up" boolean not null default false, constraint "commitment_update_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "commitment_update_tenant_id_index" on "commitment_update" ("tenant_id");`,
    );
    this.addSql(
      `create index "commitment_update_commitment_id_created_at_index" on "commitment_update" ("commitment_id", "created_at");`,
    );
    this.addSql(
      `alter table "follow_up_settings" add constraint "follow_up_settings_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "recommendation" add constraint "recommendation_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "recommendation" add constraint "recommendation_edition_id_foreign" foreign key ("edition_id") references "edition" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "recommendation" add constraint "recommendation_policy_lab_id_foreign" foreign key ("policy_lab_id") references "policy_lab" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "recommendation" add constraint "recommendation_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "recommendation_answer" add constraint "recommendation_answer_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "recommendation_answer" add constraint "recommendation_answer_recommendation_id_foreign" foreign key ("recommendation_id") references "recommendation" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "recommendation_answer" add constraint "recommendation_answer_answered_by_id_foreign" foreign key ("answered_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "notification_preference" add constraint "notification_preference_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "notification_dispatch" add constraint "notification_dispatch_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "notification_dispatch" add constraint "notification_dispatch_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "recommendation_coauthor" add constraint "recommendation_coauthor_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "recommendation_coauthor" add constraint "recommendation_coauthor_recommendation_id_foreign" foreign key ("recommendation_id") references "recommendation" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "recommendation_coauthor" add constraint "recommendation_coauthor_membership_id_foreign" foreign key ("membership_id") references "membership" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "commitment" add constraint "commitment_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "commitment" add constraint "commitment_recommendation_id_foreign" foreign key ("recommendation_id") references "recommendation" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "commitment" add constraint "commitment_parent_id_foreign" foreign key ("parent_id") references "commitment" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "commitment" add constraint "commitment_owner_id_foreign" foreign key ("owner_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "commitment" add constraint "commitment_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "commitment_update" add constraint "commitment_update_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "commitment_update" add constraint "commitment_update_commitment_id_foreign" foreign key ("commitment_id") references "commitment" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "commitment_update" add constraint "commitment_update_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(CHECKS);
    this.addSql(ROW_LEVEL_SECURITY);
    this.addSql(FIGURES_READER);
    this.addSql(SCOPE);
    this.addSql(FIGURES);
    this.addSql(SERIES);
    this.addSql(NETWORK);
    this.addSql(GRANTS);
  }
}
