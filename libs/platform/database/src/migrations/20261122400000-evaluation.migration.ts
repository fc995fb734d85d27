import { Migration } from '@mikro-orm/migrations';

/*
 * A participant reads their own responses: those under the respondent key of their application
 * (which row-level security lets them read). The key, not the account, is on every response.
 */
const RESPONDENT_FUNCTION = `
create function app_is_respondent(key uuid) returns boolean language sql stable as $$
  select exists (
    select 1 from application a
     where a.tenant_id = app_current_tenant() and a.respondent_key = key
       and a.person_id = app_current_user())
$$;
`;

/*
 * Questionnaires and their items are the programme's: every member of the city reads them.
 *
 * Responses and answers are readable by their respondent only. Not even the team running the
 * edition reads them: it reads the applications, hence the respondent keys, and would pseudonymise
 * nothing. Everyone gets figures from the functions below instead.
 *
 * Logbook entries are their author's (who writes and edits them), readable by the team running
 * the edition, and by the city's members once the author shares them. The `_in_tenant` policies of
 * these private tables are RESTRICTIVE: the tenant bounds every other policy instead of widening it.
 */
const ROW_LEVEL_SECURITY = `
alter table questionnaire enable row level security;
alter table questionnaire force row level security;
create policy questionnaire_in_tenant on questionnaire
  using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

alter table questionnaire_item enable row level security;
alter table questionnaire_item force row level security;
create policy questionnaire_item_in_tenant on questionnaire_item
  using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

alter table questionnaire_response enable row level security;
alter table questionnaire_response force row level security;
-- Final once sent: the respondent reads and adds, never changes nor removes.
create policy questionnaire_response_own on questionnaire_response for select
  using (app_is_respondent(respondent_key));
create policy questionnaire_response_own_submission on questionnaire_response for insert
  with check (app_is_respondent(respondent_key));

alter table questionnaire_answer enable row level security;
alter table questionnaire_answer force row level security;
create policy questionnaire_answer_own on questionnaire_answer for select
  using (exists (select 1 from questionnaire_response r
                  where r.id = response_id and app_is_respondent(r.respondent_key)));
create policy questionnaire_answer_own_submission on questionnaire_answer for insert
  with check (exists (select 1 from questionnaire_response r
                       where r.id = response_id and app_is_respondent(r.respondent_key)));

alter table logbook_entry enable row level security;
alter table logbook_entry force row level security;
create policy logbook_entry_in_tenant on logbook_entry as restrictive
  using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
create policy logbook_entry_author on logbook_entry
  using (author_id = app_current_user()) with check (author_id = app_current_user());
create policy logbook_entry_team on logbook_entry for select using (app_runs_edition(edition_id));
create policy logbook_entry_shared on logbook_entry for select using (shared_at is not null);

-- The system scope (erasure of a person or, at the end of its retention, of an edition; demo
-- seeds) reads and writes these, within the tenant the restrictive policies bound.
create policy questionnaire_response_erasure on questionnaire_response using (app_is_system());
create policy questionnaire_answer_erasure on questionnaire_answer using (app_is_system());
create policy logbook_entry_erasure on logbook_entry using (app_is_system());
`;

/*
 * THE CROSS-TENANT PATH of evaluation data: the figure functions below run as the owner (SECURITY
 * DEFINER), the one role these policies let read every questionnaire, response and answer, of
 * every tenant, as application_figures does for applications. They return counts only. The
 * city's functions keep to app_current_tenant() and suppress any figure resting on fewer than five
 * respondents unless the viewer runs the edition (app_runs_edition); the network's answers only
 * the network operator (app_is_network_operator()) and always suppresses under five.
 */
const FIGURES_READER = `
do $do$ begin
  execute format(
    'create policy questionnaire_figures on questionnaire for select using (current_user = %L)',
    current_user);
  execute format(
    'create policy questionnaire_response_in_tenant on questionnaire_response as restrictive
       using (tenant_id = app_current_tenant() or current_user = %L)
       with check (tenant_id = app_current_tenant())',
    current_user);
  execute format(
    'create policy questionnaire_response_figures on questionnaire_response for select
       using (current_user = %L)',
    current_user);
  execute format(
    'create policy questionnaire_answer_in_tenant on questionnaire_answer as restrictive
       using (tenant_id = app_current_tenant() or current_user = %L)
       with check (tenant_id = app_current_tenant())',
    current_user);
  execute format(
    'create policy questionnaire_answer_figures on questionnaire_answer for select
       using (current_user = %L)',
    current_user);
end $do$;
`;

/*
 * A share may be shown beyond the edition's team only when neither the people it counts nor the
 * others number from one to four: 15 of 17 agreeing would tell that 2 did not.
 */
const SAFE_SHARE = `
create function app_safe_share(people int, part int) returns boolean
language sql immutable as $$
  select people >= 5 and (part = 0 or part >= 5) and (people - part = 0 or people - part >= 5)
$$;
`;

/* Whether anyone answered, for the coordinator who would change the items; a yes or a no only. */
const ANSWERED = `
create function app_questionnaire_answered(p_questionnaire uuid) returns boolean
language sql stable security definer set search_path = public, pg_temp as $$
  select exists (
    select 1 from questionnaire_response r
     where r.tenant_id = app_current_tenant() and r.questionnaire_id = p_questionnaire)
$$;
`;

/*
 * An indicator (its definition is the application's, passed as JSON) is the share of a cohort's
 * respondents to post questionnaires who answer at least its minimum on its Likert item; each
 * respondent counts once per edition, with their latest post answer. With p_edition null, every
 * edition of the city together: a figure shows only if each edition's would, so that the total
 * minus the editions shown never gives a hidden one away.
 */
const CITY_INDICATORS = `
create function app_evaluation_indicators(p_edition uuid, p_definitions jsonb)
returns table (indicator text, respondents int, agreeing int)
language sql stable security definer set search_path = public, pg_temp as $$
  with definitions as (
    select * from jsonb_to_recordset(p_definitions)
      as d(key text, cohort text, item_key text, minimum int)
  ), latest as (
    select distinct on (d.key, r.edition_id, r.respondent_key)
           d.key, r.edition_id, a.likert >= d.minimum as agrees
      from definitions d
      join questionnaire_response r on r.cohort = d.cohort
      join questionnaire q on q.id = r.questionnaire_id and q.moment = 'post'
      join questionnaire_answer a on a.response_id = r.id and a.item_key = d.item_key
     where r.tenant_id = app_current_tenant() and a.likert is not null
       and (p_edition is null or r.edition_id = p_edition)
       -- Beyond the team, only closed questionnaires count: a live figure read before and after
       -- someone answers would give their answer away.
       and (q.status = 'closed' or app_runs_edition(r.edition_id))
     order by d.key, r.edition_id, r.respondent_key, q.closes_on desc, q.id desc
  ), per_edition as (
    select l.key, l.edition_id, count(*)::int as people,
           (count(*) filter (where l.agrees))::int as agree
      from latest l group by l.key, l.edition_id
  ), per_indicator as (
    select e.key, sum(e.people)::int as people, sum(e.agree)::int as agree,
           bool_and(app_runs_edition(e.edition_id))
             or (bool_and(app_safe_share(e.people, e.agree))
                 and app_safe_share(sum(e.people)::int, sum(e.agree)::int)) as shown
      from per_edition e group by e.key
  )
  select i.key, case when i.shown then i.people end, case when i.shown then i.agree end
    from per_indicator i
$$;
`;

/*
 * The network's indicators, for the network operator only, across every tenant and from closed
 * questionnaires: one row per indicator for the network (city null) and one per city, each shown
 * only when app_safe_share allows it (for a city, each of its editions too).
 */
const NETWORK_INDICATORS = `
create function app_network_indicators(p_definitions jsonb)
returns table (tenant_id uuid, indicator text, respondents int, agreeing int)
language sql stable security definer set search_path = public, pg_temp as $$
  with definitions as (
    select * from jsonb_to_recordset(p_definitions)
      as d(key text, cohort text, item_key text, minimum int)
  ), latest as (
    select distinct on (d.key, r.edition_id, r.respondent_key)
           d.key, r.tenant_id as city, r.edition_id, a.likert >= d.minimum as agrees
      from definitions d
      join questionnaire_response r on r.cohort = d.cohort
      join questionnaire q
        on q.id = r.questionnaire_id and q.moment = 'post' and q.status = 'closed'
      join questionnaire_answer a on a.response_id = r.id and a.item_key = d.item_key
     where app_is_network_operator() and a.likert is not null
     order by d.key, r.edition_id, r.respondent_key, q.closes_on desc, q.id desc
  ), per_edition as (
    select l.city, l.edition_id, l.key, count(*)::int as people,
           (count(*) filter (where l.agrees))::int as agree
      from latest l group by l.city, l.edition_id, l.key
  ), cities as (
    -- A city shows only if each of its editions could, as in its own figures.
    select e.city, e.key, sum(e.people)::int as people, sum(e.agree)::int as agree,
           bool_and(app_safe_share(e.people, e.agree)) as editions_safe
      from per_edition e group by e.city, e.key
  ), figures as (
    select c.city, c.key, c.people, c.agree, c.editions_safe as parts_safe from cities c
    union all
    select null::uuid, e.key, sum(e.people)::int, sum(e.agree)::int, true
      from per_edition e group by e.key
  )
  select f.city, f.key,
         case when f.parts_safe and app_safe_share(f.people, f.agree) then f.people end,
         case when f.parts_safe and app_safe_share(f.people, f.agree) then f.agree end
    from figures f
$$;
`;

/*
 * Change per person between a post questionnaire and its pre: each respondent present in both
 * (same respondent key) counts once per Likert item, with post minus pre.
 */
const CHANGE = `
create function app_questionnaire_change(p_post uuid)
returns table (item_key text, paired int, total_change int, improved int)
language sql stable security definer set search_path = public, pg_temp as $$
  with post as (
    select q.id, q.paired_with_id, q.edition_id from questionnaire q
     where q.id = p_post and q.tenant_id = app_current_tenant() and q.moment = 'post'
       and (q.status = 'closed' or app_runs_edition(q.edition_id))
  ), changes as (
    select a_post.item_key, a_post.likert - a_pre.likert as change
      from post p
      join questionnaire_response r_post on r_post.questionnaire_id = p.id
      join questionnaire_answer a_post on a_post.response_id = r_post.id
      join questionnaire_response r_pre
        on r_pre.questionnaire_id = p.paired_with_id and r_pre.respondent_key = r_post.respondent_key
      join questionnaire_answer a_pre
        on a_pre.response_id = r_pre.id and a_pre.item_key = a_post.item_key
     where a_post.likert is not null and a_pre.likert is not null
  ), per_item as (
    select c.item_key, count(*)::int as paired, sum(c.change)::int as total_change,
           (count(*) filter (where c.change > 0))::int as improved
      from changes c group by c.item_key
  ), shown as (
    select i.*, (select app_runs_edition(p.edition_id) from post p)
                or app_safe_share(i.paired, i.improved) as visible
      from per_item i
  )
  select s.item_key, case when s.visible then s.paired end,
         case when s.visible then s.total_change end, case when s.visible then s.improved end
    from shown s
$$;
`;

/* Responses are final: the runtime deletes only free-text answers and logbook entries, to erase. */
const GRANTS = `
grant select, insert, update on questionnaire, logbook_entry to inclusion_runtime;
grant select, insert, delete on questionnaire_item to inclusion_runtime;
grant select, insert on questionnaire_response, questionnaire_answer to inclusion_runtime;
grant delete on questionnaire_answer, logbook_entry to inclusion_runtime;
revoke all on function app_questionnaire_answered(uuid), app_evaluation_indicators(uuid, jsonb),
  app_network_indicators(jsonb), app_questionnaire_change(uuid) from public;
grant execute on function app_safe_share(int, int) to inclusion_runtime;
grant execute on function app_is_respondent(uuid), app_questionnaire_answered(uuid),
  app_evaluation_indicators(uuid, jsonb), app_network_indicators(jsonb),
  app_questionnaire_change(uuid) to inclusion_runtime;
`;

export class Migration20261122400000Evaluation extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "questionnaire" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "edition_id" uuid not null, "title" jsonb not null, "cohort" text check ("cohort" in ('newcomers', 'public_actors')) null, "moment" text check ("moment" in ('pre', 'post', 'other')) not null, "paired_with_id" uuid null, "opens_on" date not null, "closes_on" date not null, "status" text check ("status" in ('draft', 'open', 'closed')) not null default 'draft', "created_by_id" uuid not null, constraint "questionnaire_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "questionnaire_tenant_id_index" on "questionnaire" ("tenant_id");`);
    this.addSql(`create index "questionnaire_edition_id_index" on "questionnaire" ("edition_id");`);
    this.addSql(
      `create index "questionnaire_paired_with_id_index" on "questionnaire" ("paired_with_id");`,
    );
    this.addSql(
      `create table "questionnaire_response" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "questionnaire_id" uuid not null, "edition_id" uuid not null, "respondent_key" uuid not null, "cohort" text check ("cohort" in ('newcomers', 'public_actors')) not null, constraint "questionnaire_response_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "questionnaire_response_tenant_id_index" on "questionnaire_response" ("tenant_id");`,
    );
    this.addSql(
      `create index "questionnaire_response_questionnaire_id_index" on "questionnaire_response" ("questionnaire_id");`,
    );
    this.addSql(
      `create index "questionnaire_response_edition_id_index" on "questionnaire_response" ("edition_id");`,
    );
    this.addSql(
      `create index "questionnaire_response_respondent_key_index" on "questionnaire_response" ("respondent_key");`,
    );
    this.addSql(
      `alter table "questionnaire_response" add constraint "questionnaire_response_tenant_id_questionnaire_id_a5863_unique" unique ("tenant_id", "questionnaire_id", "respondent_key");`,
    );
    this.addSql(
      `create table "questionnaire_answer" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "response_id" uuid not null, "item_key" text not null, "likert" int null, "choices" text[] null, "text" text null, constraint "questionnaire_answer_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "questionnaire_answer_tenant_id_index" on "questionnaire_answer" ("tenant_id");`,
    );
    this.addSql(
      `create index "questionnaire_answer_response_id_index" on "questionnaire_answer" ("response_id");`,
    );
    this.addSql(
      `alter table "questionnaire_answer" add constraint "questionnaire_answer_tenant_id_response_id_item_key_unique" unique ("tenant_id", "response_id", "item_key");`,
    );
    this.addSql(
      `create table "questionnaire_item" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "questionnaire_id" uuid not null, "key" text not null, "position" int not null, "kind" text check ("kind" in ('likert', 'single_choice', 'multiple_choice', 'free_text')) not null, "prompt" jsonb not null, "options" jsonb null, "scale" jsonb null, constraint "questionnaire_item_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "questionnaire_item_tenant_id_index" on "questionnaire_item" ("tenant_id");`,
    );
    this.addSql(
      `create index "questionnaire_item_questionnaire_id_index" on "questionnaire_item" ("questionnaire_id");`,
    );
    this.addSql(
      `alter table "questionnaire_item" add constraint "questionnaire_item_tenant_id_questionnaire_id_key_unique" unique ("tenant_id", "questionnaire_id", "key");`,
    );
    this.addSql(
      `create table "logbook_entry" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "edition_id" uuid not null, "author_id" uuid not null, "phase_key" text null, "step_label" text null, "text" text not null, "feelings" text null, "discoveries" text null, "difficulties" text null, "shared_at" timestamptz null, constraint "logbook_entry_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "logbook_entry_tenant_id_index" on "logbook_entry" ("tenant_id");`);
    this.addSql(`create index "logbook_entry_edition_id_index" on "logbook_entry" ("edition_id");`);
    this.addSql(`create index "logbook_entry_author_id_index" on "logbook_entry" ("author_id");`);
    this.addSql(
      `alter table "questionnaire" add constraint "questionnaire_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "questionnaire" add constraint "questionnaire_edition_id_foreign" foreign key ("edition_id") references "edition" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "questionnaire" add constraint "questionnaire_paired_with_id_foreign" foreign key ("paired_with_id") references "questionnaire" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "questionnaire" add constraint "questionnaire_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "questionnaire_response" add constraint "questionnaire_response_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "questionnaire_response" add constraint "questionnaire_response_questionnaire_id_foreign" foreign key ("questionnaire_id") references "questionnaire" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "questionnaire_response" add constraint "questionnaire_response_edition_id_foreign" foreign key ("edition_id") references "edition" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "questionnaire_answer" add constraint "questionnaire_answer_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "questionnaire_answer" add constraint "questionnaire_answer_response_id_foreign" foreign key ("response_id") references "questionnaire_response" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "questionnaire_item" add constraint "questionnaire_item_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "questionnaire_item" add constraint "questionnaire_item_questionnaire_id_foreign" foreign key ("questionnaire_id") references "questionnaire" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "logbook_entry" add constraint "logbook_entry_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "logbook_entry" add constraint "logbook_entry_edition_id_foreign" foreign key ("edition_id") references "edition" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "logbook_entry" add constraint "logbook_entry_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(RESPONDENT_FUNCTION);
    this.addSql(ROW_LEVEL_SECURITY);
    this.addSql(FIGURES_READER);
    this.addSql(SAFE_SHARE);
    this.addSql(ANSWERED);
    this.addSql(CITY_INDICATORS);
    this.addSql(NETWORK_INDICATORS);
    this.addSql(CHANGE);
    this.addSql(GRANTS);
  }
}
