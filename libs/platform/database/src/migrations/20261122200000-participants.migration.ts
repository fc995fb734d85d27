import { Migration } from '@mikro-orm/migrations';

/*
 * Who runs an edition: the city's coordinators, and the facilitators on its team. Only they read
 * its applicants' personal data; the person reads their own.
 */
const TEAM_FUNCTION = `
create function app_coordinates() returns boolean language sql stable as $$
  select exists (
    select 1 from membership m
     where m.tenant_id = app_current_tenant() and m.user_id = app_current_user()
       and m.status = 'active' and 'coordinator' = any(m.roles))
$$;

create function app_runs_edition(edition uuid) returns boolean language sql stable as $$
  select exists (
    select 1 from membership m
     where m.tenant_id = app_current_tenant() and m.user_id = app_current_user()
       and m.status = 'active'
       and ('coordinator' = any(m.roles)
            or ('facilitator' = any(m.roles) and exists (
                  select 1 from edition_facilitator f
                   where f.edition_id = edition and f.membership_id = m.id))))
$$;
`;

const ROW_LEVEL_SECURITY = `
alter table edition_facilitator enable row level security;
alter table edition_facilitator force row level security;
create policy edition_facilitator_in_tenant on edition_facilitator
  using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

alter table participant_call enable row level security;
alter table participant_call force row level security;
create policy participant_call_in_tenant on participant_call
  using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
-- A published call is public: anyone may read it to apply, without an account or a tenant.
create policy participant_call_published on participant_call for select
  using (published_at is not null);

-- Anyone who entered the tenant through a published call may add an application (the public
-- form); reading applications is for the team running the edition and the system (erasure,
-- retention). The person reads their own, and may withdraw it.
alter table application enable row level security;
alter table application force row level security;
create policy application_team on application for select
  using (tenant_id = app_current_tenant() and (app_runs_edition(edition_id) or app_is_system()));
create policy application_submission on application for insert
  with check (tenant_id = app_current_tenant());
-- Deciding and erasing are the coordinators' (and the system's); facilitators only read.
create policy application_decision_by_coordinators on application for update
  using (tenant_id = app_current_tenant() and (app_coordinates() or app_is_system()))
  with check (tenant_id = app_current_tenant());
create policy application_erasure on application for delete
  using (tenant_id = app_current_tenant() and (app_coordinates() or app_is_system()));
create policy application_own on application for select
  using (tenant_id = app_current_tenant() and person_id = app_current_user());
create policy application_own_withdrawal on application for update
  using (tenant_id = app_current_tenant() and person_id = app_current_user())
  with check (tenant_id = app_current_tenant() and person_id = app_current_user());

-- A decision is visible with its application, to the same people.
alter table application_decision enable row level security;
alter table application_decision force row level security;
create policy application_decision_with_application on application_decision
  using (tenant_id = app_current_tenant()
         and exists (select 1 from application a where a.id = application_id))
  with check (tenant_id = app_current_tenant());
`;

/*
 * Cohort figures for everyone in the city: the function runs as the owner, the one role the policy
 * below lets read every application, and returns counts only. A count from 1 to 4 leaves the
 * database only for the team running the edition. Categories include "not_given", so each group
 * adds up to its total and the caller can suppress the cell a subtraction would give away.
 */
const COHORT_FIGURES = `
do $do$ begin
  execute format(
    'create policy application_figures on application for select using (current_user = %L)',
    current_user);
end $do$;

create function app_cohort_figures(p_edition uuid)
returns table (cohort text, dimension text, category text, people int)
language sql stable security definer set search_path = public, pg_temp as $$
  with everyone as (
    select * from application a
     where a.tenant_id = app_current_tenant() and a.edition_id = p_edition
  ), selected as (
    select * from everyone where status = 'selected'
  ), cohorts as (
    select unnest(array['newcomers', 'public_actors']) as cohort
  ), totals as (
    select c.cohort,
           (select count(*) from everyone e where e.cohort = c.cohort)::int as applicants,
           (select count(*) from selected s where s.cohort = c.cohort)::int as selected,
           (select count(distinct nationality) from selected s where s.cohort = c.cohort)::int
             as nationalities
      from cohorts c
  ), figures as (
    select cohort, 'applicants' as dimension, null::text as category,
           applicants as people, applicants as basis from totals
    union all
    select cohort, 'selected', null, selected, selected from totals
    union all
    select cohort, 'nationalities', null, nationalities, selected from totals
    union all
    select cohort, 'status', status, count(*)::int, count(*)::int from everyone group by 1, 3
    union all
    select cohort, 'gender', coalesce(gender, 'not_given'), count(*)::int, count(*)::int
      from selected group by 1, 3
    union all
    select cohort, 'age_band', coalesce(age_band, 'not_given'), count(*)::int, count(*)::int
      from selected group by 1, 3
    union all
    select cohort, 'nationality', coalesce(nationality, 'not_given'), count(*)::int, count(*)::int
      from selected group by 1, 3
    union all
    select cohort, 'administrative_status', coalesce(administrative_status, 'not_given'),
           count(*)::int, count(*)::int
      from selected group by 1, 3
    union all
    select cohort, 'schooling', coalesce(schooling, 'not_given'), count(*)::int, count(*)::int
      from selected group by 1, 3
    union all
    select cohort, 'position', coalesce(position, 'not_given'), count(*)::int, count(*)::int
      from selected where cohort = 'public_actors' group by 1, 3
    union all
    select s.cohort, 'language:' || (l.value ->> 'language'), l.value ->> 'level',
           count(*)::int, count(*)::int
      from selected s cross join lateral jsonb_array_elements(s.languages) l group by 1, 2, 3
  )
  select f.cohort, f.dimension, f.category,
         case when f.basis = 0 or f.basis >= 5 or app_runs_edition(p_edition)
              then f.people end
    from figures f
   order by f.cohort, f.dimension, f.category
$$;
revoke all on function app_cohort_figures(uuid) from public;
`;

/* Applications and their decisions are never deleted by the runtime; erasure is the privacy's. */
const GRANTS = `
grant select, insert, delete on edition_facilitator to inclusion_runtime;
grant select, insert, update on participant_call, application to inclusion_runtime;
grant select, insert on application_decision to inclusion_runtime;
grant execute on function app_coordinates(), app_runs_edition(uuid), app_cohort_figures(uuid)
  to inclusion_runtime;
`;

export class Migration20261122200000Participants extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "participant_call" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "edition_id" uuid not null, "cohort" text check ("cohort" in ('newcomers', 'public_actors')) not null, "title" jsonb not null, "description" jsonb not null, "opens_on" date not null, "closes_on" date not null, "target" int not null default 15, "eligibility" jsonb not null, "privacy_policy_version" text not null, "processing_purpose" jsonb not null, "published_at" timestamptz null, constraint "participant_call_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "participant_call_tenant_id_index" on "participant_call" ("tenant_id");`,
    );
    this.addSql(
      `create index "participant_call_edition_id_index" on "participant_call" ("edition_id");`,
    );
    this.addSql(
      `alter table "participant_call" add constraint "participant_call_tenant_id_edition_id_cohort_unique" unique ("tenant_id", "edition_id", "cohort");`,
    );
    this.addSql(
      `create table "edition_facilitator" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "edition_id" uuid not null, "membership_id" uuid not null, constraint "edition_facilitator_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "edition_facilitator_tenant_id_index" on "edition_facilitator" ("tenant_id");`,
    );
    this.addSql(
      `create index "edition_facilitator_edition_id_index" on "edition_facilitator" ("edition_id");`,
    );
    this.addSql(
      `create index "edition_facilitator_membership_id_index" on "edition_facilitator" ("membership_id");`,
    );
    this.addSql(
      `alter table "edition_facilitator" add constraint "edition_facilitator_tenant_id_edition_id_membership_id_unique" unique ("tenant_id", "edition_id", "membership_id");`,
    );
    this.addSql(
      `create table "application" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "call_id" uuid not null, "edition_id" uuid not null, "cohort" text check ("cohort" in ('newcomers', 'public_actors')) not null, "status" text check ("status" in ('applied', 'eligible', 'ineligible', 'shortlisted', 'selected', 'waitlisted', 'declined', 'withdrawn')) not null default 'applied', "given_name" text not null, "family_name" text not null, "email" text not null, "phone" text null, "city_of_residence" text null, "languages" jsonb not null, "motivation" text not null, "availability" text null, "interests" text[] not null, "gender" text check ("gender" in ('woman', 'man', 'non_binary', 'self_described')) null, "age_band" text check ("age_band" in ('age_18_25', 'age_26_35', 'age_36_50', 'age_51_65', 'age_over_65')) null, "nationality" text null, "administrative_status" text check ("administrative_status" in ('refugee', 'asylum_seeker', 'resident', 'stateless', 'student_visa', 'work_visa', 'family_visa', 'other')) null, "schooling" text check ("schooling" in ('none', 'primary', 'secondary', 'vocational', 'higher')) null, "organisation" text null, "department" text null, "position" text check ("position" in ('agent', 'elected_official', 'association_staff', 'other')) null, "locale" text not null, "consent_policy_version" text not null, "consent_purpose" text not null, "consented_at" timestamptz not null, "eligibility" jsonb not null, "membership_id" uuid null, "person_id" uuid null, "respondent_key" uuid not null, constraint "application_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "application_tenant_id_index" on "application" ("tenant_id");`);
    this.addSql(`create index "application_call_id_index" on "application" ("call_id");`);
    this.addSql(`create index "application_edition_id_index" on "application" ("edition_id");`);
    this.addSql(
      `create index "application_membership_id_index" on "application" ("membership_id");`,
    );
    this.addSql(`create index "application_person_id_index" on "application" ("person_id");`);
    this.addSql(
      `alter table "application" add constraint "application_respondent_key_unique" unique ("respondent_key");`,
    );
    this.addSql(
      `alter table "application" add constraint "application_tenant_id_call_id_email_unique" unique ("tenant_id", "call_id", "email");`,
    );
    this.addSql(
      `create table "application_decision" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "application_id" uuid not null, "from_status" text check ("from_status" in ('applied', 'eligible', 'ineligible', 'shortlisted', 'selected', 'waitlisted', 'declined', 'withdrawn')) null, "to_status" text check ("to_status" in ('applied', 'eligible', 'ineligible', 'shortlisted', 'selected', 'waitlisted', 'declined', 'withdrawn')) not null, "decided_by_id" uuid null, "reason" text null, "decided_at" timestamptz not null, constraint "application_decision_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "application_decision_tenant_id_index" on "application_decision" ("tenant_id");`,
    );
    this.addSql(
      `create index "application_decision_application_id_index" on "application_decision" ("application_id");`,
    );
    this.addSql(
      `alter table "participant_call" add constraint "participant_call_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "participant_call" add constraint "participant_call_edition_id_foreign" foreign key ("edition_id") references "edition" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "edition_facilitator" add constraint "edition_facilitator_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "edition_facilitator" add constraint "edition_facilitator_edition_id_foreign" foreign key ("edition_id") references "edition" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "edition_facilitator" add constraint "edition_facilitator_membership_id_foreign" foreign key ("membership_id") references "membership" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "application" add constraint "application_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "application" add constraint "application_call_id_foreign" foreign key ("call_id") references "participant_call" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "application" add constraint "application_edition_id_foreign" foreign key ("edition_id") references "edition" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "application" add constraint "application_membership_id_foreign" foreign key ("membership_id") references "membership" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "application" add constraint "application_person_id_foreign" foreign key ("person_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "application_decision" add constraint "application_decision_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "application_decision" add constraint "application_decision_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "application_decision" add constraint "application_decision_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(TEAM_FUNCTION);
    this.addSql(ROW_LEVEL_SECURITY);
    this.addSql(COHORT_FIGURES);
    this.addSql(GRANTS);
  }
}
