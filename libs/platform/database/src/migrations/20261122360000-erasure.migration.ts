import { Migration } from '@mikro-orm/migrations';

/*
 * What one application counts for in the cohort figures: its status, and for a selected person
 * their profile (positions for public actors only). The figures and the tallies of erased people
 * both come from here, so the two never disagree.
 */
const CELLS = `
create function app_application_cells(a application)
returns table (cohort text, dimension text, category text)
-- The SET clause keeps the planner from inlining it, which PostgreSQL 15 fails at here.
language sql immutable set search_path = public, pg_temp as $$
  select a.cohort, 'status', a.status
  union all
  select a.cohort, d.dimension, coalesce(d.category, 'not_given')
    from (values ('gender', a.gender), ('age_band', a.age_band),
                 ('nationality', a.nationality),
                 ('administrative_status', a.administrative_status),
                 ('schooling', a.schooling)) as d(dimension, category)
   where a.status = 'selected'
  union all
  select a.cohort, 'position', coalesce(a.position, 'not_given')
   where a.status = 'selected' and a.cohort = 'public_actors'
  union all
  select a.cohort, 'language:' || (l ->> 'language'), l ->> 'level'
    from jsonb_array_elements(a.languages) l
   where a.status = 'selected'
$$;
`;

const ROW_LEVEL_SECURITY = `
-- The worker's retention scan keeps its markers under the tenant's scope.
alter table edition_retention enable row level security;
alter table edition_retention force row level security;
create policy edition_retention_in_tenant on edition_retention
  using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

alter table cohort_tally enable row level security;
alter table cohort_tally force row level security;
create policy cohort_tally_team on cohort_tally
  using (tenant_id = app_current_tenant() and (app_runs_edition(edition_id) or app_is_system()))
  with check (tenant_id = app_current_tenant() and (app_runs_edition(edition_id) or app_is_system()));
do $do$ begin
  execute format(
    'create policy cohort_tally_figures on cohort_tally for select using (current_user = %L)',
    current_user);
end $do$;
`;

/*
 * The cohort figures add the tallies of erased people to the live applications. For whoever does
 * not run the edition, a group's categories under five people are merged into one unnamed cell,
 * with the next smallest ones until that cell holds five or more (or the whole group), so that no
 * count under five, named or worked out by subtraction, leaves the database; and the number of
 * nationalities goes when any nationality was merged.
 */
const COHORT_FIGURES = `
create or replace function app_cohort_figures(p_edition uuid)
returns table (cohort text, dimension text, category text, people int)
language sql stable security definer set search_path = public, pg_temp as $$
  with team as (
    select app_runs_edition(p_edition) as complete
  ), cells as (
    select c.cohort, c.dimension, c.category, 1 as people
      from application a cross join lateral app_application_cells(a) c
     where a.tenant_id = app_current_tenant() and a.edition_id = p_edition
    union all
    select t.cohort, t.dimension, t.category, t.people from cohort_tally t
     where t.tenant_id = app_current_tenant() and t.edition_id = p_edition
  ), counted as (
    select cells.cohort, cells.dimension, cells.category, sum(cells.people)::int as people
      from cells group by 1, 2, 3
  ), ranked as (
    select x.cohort, x.dimension, x.category, x.people,
           row_number() over w as rn,
           sum(x.people) over w as cum,
           count(*) filter (where x.people < 5)
             over (partition by x.cohort, x.dimension) as small
      from counted x
    window w as (partition by x.cohort, x.dimension order by x.people, x.category
                 rows between unbounded preceding and current row)
  ), cut as (
    select r.cohort, r.dimension,
           case when max(r.small) = 0 or (select complete from team) then 0
                else coalesce(min(r.rn) filter (where r.rn >= r.small and r.cum >= 5), max(r.rn))
           end as k
      from ranked r group by r.cohort, r.dimension
  ), cohorts as (
    select unnest(array['newcomers', 'public_actors']) as cohort
  ), totals as (
    select k.cohort,
           coalesce((select sum(x.people) from counted x
                      where x.cohort = k.cohort and x.dimension = 'status'), 0)::int as applicants,
           coalesce((select x.people from counted x where x.cohort = k.cohort
                       and x.dimension = 'status' and x.category = 'selected'), 0)::int as selected,
           (select count(*) from counted x where x.cohort = k.cohort
               and x.dimension = 'nationality' and x.category <> 'not_given'
               and x.people > 0)::int as nationalities,
           coalesce((select c.k > 0 from cut c
                      where c.cohort = k.cohort and c.dimension = 'nationality'), false) as merged
      from cohorts k
  )
  -- Applicants minus selected is the people not selected: that too is a count to protect.
  select t.cohort, 'applicants', null::text,
         case when (select complete from team)
                   or ((t.applicants = 0 or t.applicants >= 5)
                       and (t.applicants = t.selected or t.applicants - t.selected >= 5))
              then t.applicants end
    from totals t
  union all
  select t.cohort, 'selected', null,
         case when (select complete from team) or t.selected = 0 or t.selected >= 5
              then t.selected end
    from totals t
  union all
  select t.cohort, 'nationalities', null,
         case when (select complete from team) or (t.selected >= 5 and not t.merged)
                   or t.selected = 0
              then t.nationalities end
    from totals t
  union all
  select r.cohort, r.dimension, r.category, r.people
    from ranked r join cut c on c.cohort = r.cohort and c.dimension = r.dimension
   where r.rn > c.k
  union all
  select r.cohort, r.dimension, null, case when r.cum >= 5 then r.cum::int end
    from ranked r join cut c on c.cohort = r.cohort and c.dimension = r.dimension
   where c.k > 0 and r.rn = c.k
  order by 1, 2, 3 nulls last
$$;
`;

/*
 * The cities where an address or an account applied, members or not: a person's export and erasure
 * visit them all. Runs as the owner (the application_figures policy) and returns tenant ids only.
 */
const APPLICATION_TENANTS = `
create function app_application_tenants(p_email text, p_person uuid) returns setof uuid
language sql stable security definer set search_path = public, pg_temp as $$
  select distinct a.tenant_id from application a where a.email = p_email or a.person_id = p_person
$$;
revoke all on function app_application_tenants(text, uuid) from public;
`;

/* Erasure deletes applications; their decisions, certificates, claims and receipts cascade. */
const GRANTS = `
grant select, insert, update on cohort_tally, edition_retention to inclusion_runtime;
grant delete on application to inclusion_runtime;
grant execute on function app_application_cells(application),
  app_application_tenants(text, uuid) to inclusion_runtime;
`;

export class Migration20261122360000Erasure extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "cohort_tally" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "edition_id" uuid not null, "cohort" text check ("cohort" in ('newcomers', 'public_actors')) not null, "dimension" text not null, "category" text not null, "people" int not null, constraint "cohort_tally_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "cohort_tally_tenant_id_index" on "cohort_tally" ("tenant_id");`);
    this.addSql(`create index "cohort_tally_edition_id_index" on "cohort_tally" ("edition_id");`);
    this.addSql(
      `alter table "cohort_tally" add constraint "cohort_tally_tenant_id_edition_id_cohort_dimensio_18b45_unique" unique ("tenant_id", "edition_id", "cohort", "dimension", "category");`,
    );
    this.addSql(
      `alter table "cohort_tally" add constraint "cohort_tally_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "cohort_tally" add constraint "cohort_tally_edition_id_foreign" foreign key ("edition_id") references "edition" ("id") on update cascade;`,
    );
    this.addSql(
      `create table "edition_retention" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "edition_id" uuid not null, "warned_at" timestamptz null, "erased_at" timestamptz null, constraint "edition_retention_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "edition_retention_tenant_id_index" on "edition_retention" ("tenant_id");`,
    );
    this.addSql(
      `alter table "edition_retention" add constraint "edition_retention_tenant_id_edition_id_unique" unique ("tenant_id", "edition_id");`,
    );
    this.addSql(
      `alter table "edition_retention" add constraint "edition_retention_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "edition_retention" add constraint "edition_retention_edition_id_foreign" foreign key ("edition_id") references "edition" ("id") on update cascade;`,
    );
    this.addSql(CELLS);
    this.addSql(ROW_LEVEL_SECURITY);
    this.addSql(COHORT_FIGURES);
    this.addSql(APPLICATION_TENANTS);
    this.addSql(GRANTS);
  }
}
