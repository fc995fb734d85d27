import { Migration } from '@mikro-orm/migrations';

/*
 * THE MENTOR'S PATH into a learner city: the one way a member acting in one tenant reads another
 * tenant's rows. A partnership's records live in the learner's tenant; a member of the mentor city
 * reads them only if the mentor city named them a reviewer of that partnership, while they act in
 * the mentor city, and once both cities accepted. Not the mentor city's other members, not for
 * another pair, and never for writing the learner's plan.
 */
const MENTOR_PATH = `
create function app_mentors_partnership(p_partnership uuid) returns boolean
language sql stable set search_path = public, pg_temp as $$
  select exists (
    select 1 from partnership pa
      join partnership_member pm on pm.partnership_id = pa.id
      join membership m on m.id = pm.membership_id
     where pa.id = p_partnership and pa.mentor_tenant_id = app_current_tenant()
       and pa.status in ('active', 'closed')
       and pm.tenant_id = app_current_tenant() and pm.side = 'mentor'
       and m.tenant_id = app_current_tenant() and m.user_id = app_current_user()
       and m.status = 'active')
$$;
`;

/*
 * A partnership is seen by both cities' members and the network operator, who alone proposes one.
 * Each city names and sees its own members of the pair. Strengths and needs are a city's own; the
 * operator reads every city's to match them, and a mentor's reviewers read their learner's needs.
 * The benchmark library is the network's: everyone reads it, the operator writes it. The pair's
 * records (criteria, self-assessment, targets) are the learner's, read by the mentor's reviewers.
 */
const ROW_LEVEL_SECURITY = `
alter table partnership enable row level security;
alter table partnership force row level security;
create policy partnership_parties on partnership
  using (tenant_id = app_current_tenant() or mentor_tenant_id = app_current_tenant()
         or app_is_network_operator())
  with check (tenant_id = app_current_tenant() or mentor_tenant_id = app_current_tenant()
              or app_is_network_operator());

alter table partnership_member enable row level security;
alter table partnership_member force row level security;
create policy partnership_member_in_tenant on partnership_member
  using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

alter table city_strength enable row level security;
alter table city_strength force row level security;
create policy city_strength_in_tenant on city_strength
  using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
create policy city_strength_network on city_strength for select using (app_is_network_operator());

alter table needs_assessment enable row level security;
alter table needs_assessment force row level security;
create policy needs_assessment_in_tenant on needs_assessment
  using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
create policy needs_assessment_network on needs_assessment for select
  using (app_is_network_operator());
create policy needs_assessment_mentor on needs_assessment for select
  using (exists (select 1 from partnership pa
                  where pa.tenant_id = needs_assessment.tenant_id and app_mentors_partnership(pa.id)));
`;

/* The network's library and its academies and workshops: read by all, written by the operator. */
const LIBRARY = [
  'network_event',
  'benchmark_criterion',
  'benchmark_key_factor',
  'benchmark_good_practice',
  'benchmark_indicator',
]
  .map(
    (table) => `
alter table ${table} enable row level security;
alter table ${table} force row level security;
create policy ${table}_read on ${table} for select using (true);
create policy ${table}_network on ${table} using (app_is_network_operator())
  with check (app_is_network_operator());`,
  )
  .join('\n');

const PAIR_RECORDS = [
  'partnership_criterion',
  'key_factor_assessment',
  'indicator_target',
  'plan_action',
  'plan_version',
  'study_visit',
]
  .map(
    (table) => `
alter table ${table} enable row level security;
alter table ${table} force row level security;
create policy ${table}_in_tenant on ${table}
  using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
create policy ${table}_mentor on ${table} for select using (app_mentors_partnership(partnership_id));`,
  )
  .join('\n');

/*
 * The review, the one place the mentor writes in the pair: its named reviewers add comments and
 * decisions (in the learner's tenant, the pair's), and set a submitted version's decision, while
 * the learner's people comment too. Comments and decisions are never changed nor removed.
 */
const REVIEWS = `
-- The learner of a partnership the caller may see (a party's member, the operator).
create function app_partnership_learner(p_partnership uuid) returns uuid
language sql stable set search_path = public, pg_temp as $$
  select tenant_id from partnership where id = p_partnership
$$;

alter table review_comment enable row level security;
alter table review_comment force row level security;
create policy review_comment_learner on review_comment
  using (tenant_id = app_current_tenant())
  with check (tenant_id = app_current_tenant() and author_side = 'learner');
create policy review_comment_mentor_read on review_comment for select
  using (app_mentors_partnership(partnership_id));
create policy review_comment_mentor_write on review_comment for insert
  with check (app_mentors_partnership(partnership_id) and author_side = 'mentor'
              and tenant_id = app_partnership_learner(partnership_id));

alter table review_decision enable row level security;
alter table review_decision force row level security;
create policy review_decision_learner on review_decision for select
  using (tenant_id = app_current_tenant());
create policy review_decision_mentor_read on review_decision for select
  using (app_mentors_partnership(partnership_id));
create policy review_decision_mentor_write on review_decision for insert
  with check (app_mentors_partnership(partnership_id)
              and tenant_id = app_partnership_learner(partnership_id));

create policy plan_version_mentor_decision on plan_version for update
  using (app_mentors_partnership(partnership_id))
  with check (app_mentors_partnership(partnership_id));
`;

const GRANTS = `
grant select, insert on review_comment, review_decision to inclusion_runtime;
revoke all on function app_partnership_learner(uuid) from public;
grant execute on function app_partnership_learner(uuid) to inclusion_runtime;
grant select, insert, update on partnership to inclusion_runtime;
grant select, insert, delete on partnership_member, partnership_criterion to inclusion_runtime;
grant select, insert, update, delete on plan_action to inclusion_runtime;
grant select, insert, update on study_visit, network_event to inclusion_runtime;
-- A version, once submitted, is what the mentor reviewed: only its decision changes.
grant select, insert, update (status, decided_at, updated_at) on plan_version to inclusion_runtime;
grant select, insert, update, delete on city_strength to inclusion_runtime;
grant select, insert, update on needs_assessment, key_factor_assessment, indicator_target
  to inclusion_runtime;
grant select, insert, update, delete on benchmark_criterion, benchmark_key_factor,
  benchmark_good_practice, benchmark_indicator to inclusion_runtime;
revoke all on function app_mentors_partnership(uuid) from public;
grant execute on function app_mentors_partnership(uuid) to inclusion_runtime;
`;

export class Migration20261123200000Partnerships extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "city_strength" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "theme" text check ("theme" in ('education', 'housing', 'employment', 'language', 'information_and_rights', 'participation', 'health', 'other')) not null, "description" text not null, constraint "city_strength_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "city_strength_tenant_id_index" on "city_strength" ("tenant_id");`);
    this.addSql(
      `alter table "city_strength" add constraint "city_strength_tenant_id_theme_unique" unique ("tenant_id", "theme");`,
    );
    this.addSql(
      `create table "partnership" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "mentor_tenant_id" uuid not null, "theme" text check ("theme" in ('education', 'housing', 'employment', 'language', 'information_and_rights', 'participation', 'health', 'other')) not null, "purpose" text null, "starts_on" date not null, "ends_on" date not null, "status" text check ("status" in ('proposed', 'active', 'closed', 'declined')) not null default 'proposed', "proposed_by_id" uuid null, "mentor_accepted_at" timestamptz null, "learner_accepted_at" timestamptz null, "closed_at" timestamptz null, constraint "partnership_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "partnership_tenant_id_index" on "partnership" ("tenant_id");`);
    this.addSql(
      `create index "partnership_mentor_tenant_id_index" on "partnership" ("mentor_tenant_id");`,
    );
    this.addSql(
      `create table "needs_assessment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "theme" text check ("theme" in ('education', 'housing', 'employment', 'language', 'information_and_rights', 'participation', 'health', 'other')) not null, "situation" text not null, "difficulties" text not null, "priorities" text not null, "priority" text check ("priority" in ('high', 'medium', 'low')) not null default 'medium', "updated_by_id" uuid null, constraint "needs_assessment_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "needs_assessment_tenant_id_index" on "needs_assessment" ("tenant_id");`,
    );
    this.addSql(
      `alter table "needs_assessment" add constraint "needs_assessment_tenant_id_theme_unique" unique ("tenant_id", "theme");`,
    );
    this.addSql(
      `create table "partnership_member" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "partnership_id" uuid not null, "membership_id" uuid not null, "side" text check ("side" in ('mentor', 'learner')) not null, constraint "partnership_member_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "partnership_member_tenant_id_index" on "partnership_member" ("tenant_id");`,
    );
    this.addSql(
      `create index "partnership_member_partnership_id_index" on "partnership_member" ("partnership_id");`,
    );
    this.addSql(
      `alter table "partnership_member" add constraint "partnership_member_tenant_id_partnership_id_membe_16761_unique" unique ("tenant_id", "partnership_id", "membership_id");`,
    );
    this.addSql(
      `create table "benchmark_criterion" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "theme" text check ("theme" in ('education', 'housing', 'employment', 'language', 'information_and_rights', 'participation', 'health', 'other')) not null, "title" jsonb not null, "description" jsonb not null, "created_by_id" uuid null, constraint "benchmark_criterion_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create table "partnership_criterion" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "partnership_id" uuid not null, "criterion_id" uuid not null, constraint "partnership_criterion_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "partnership_criterion_tenant_id_index" on "partnership_criterion" ("tenant_id");`,
    );
    this.addSql(
      `alter table "partnership_criterion" add constraint "partnership_criterion_tenant_id_partnership_id_cr_bc3bb_unique" unique ("tenant_id", "partnership_id", "criterion_id");`,
    );
    this.addSql(
      `create table "benchmark_key_factor" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "criterion_id" uuid not null, "position" smallint not null, "text" jsonb not null, constraint "benchmark_key_factor_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "benchmark_key_factor_criterion_id_index" on "benchmark_key_factor" ("criterion_id");`,
    );
    this.addSql(
      `create table "key_factor_assessment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "partnership_id" uuid not null, "key_factor_id" uuid not null, "score" smallint not null, "evidence" text null, "assessed_by_id" uuid null, constraint "key_factor_assessment_pkey" primary key ("id"), constraint key_factor_assessment_score_check check (score >= 1 and score <= 5));`,
    );
    this.addSql(
      `create index "key_factor_assessment_tenant_id_index" on "key_factor_assessment" ("tenant_id");`,
    );
    this.addSql(
      `alter table "key_factor_assessment" add constraint "key_factor_assessment_tenant_id_partnership_id_ke_6dd94_unique" unique ("tenant_id", "partnership_id", "key_factor_id");`,
    );
    this.addSql(
      `create table "benchmark_good_practice" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "criterion_id" uuid not null, "title" jsonb not null, "description" jsonb not null, "place" text not null, "source_url" text null, constraint "benchmark_good_practice_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "benchmark_good_practice_criterion_id_index" on "benchmark_good_practice" ("criterion_id");`,
    );
    this.addSql(
      `create table "benchmark_indicator" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "criterion_id" uuid not null, "name" jsonb not null, "unit" text not null, constraint "benchmark_indicator_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "benchmark_indicator_criterion_id_index" on "benchmark_indicator" ("criterion_id");`,
    );
    this.addSql(
      `create table "indicator_target" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "partnership_id" uuid not null, "indicator_id" uuid not null, "baseline" numeric(12,2) not null, "target" numeric(12,2) not null, constraint "indicator_target_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "indicator_target_tenant_id_index" on "indicator_target" ("tenant_id");`,
    );
    this.addSql(
      `alter table "indicator_target" add constraint "indicator_target_tenant_id_partnership_id_indicator_id_unique" unique ("tenant_id", "partnership_id", "indicator_id");`,
    );
    this.addSql(
      `alter table "city_strength" add constraint "city_strength_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "partnership" add constraint "partnership_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "partnership" add constraint "partnership_mentor_tenant_id_foreign" foreign key ("mentor_tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "partnership" add constraint "partnership_proposed_by_id_foreign" foreign key ("proposed_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "needs_assessment" add constraint "needs_assessment_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "needs_assessment" add constraint "needs_assessment_updated_by_id_foreign" foreign key ("updated_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "partnership_member" add constraint "partnership_member_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "partnership_member" add constraint "partnership_member_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "partnership_member" add constraint "partnership_member_membership_id_foreign" foreign key ("membership_id") references "membership" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "benchmark_criterion" add constraint "benchmark_criterion_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "partnership_criterion" add constraint "partnership_criterion_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "partnership_criterion" add constraint "partnership_criterion_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "partnership_criterion" add constraint "partnership_criterion_criterion_id_foreign" foreign key ("criterion_id") references "benchmark_criterion" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "benchmark_key_factor" add constraint "benchmark_key_factor_criterion_id_foreign" foreign key ("criterion_id") references "benchmark_criterion" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "key_factor_assessment" add constraint "key_factor_assessment_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "key_factor_assessment" add constraint "key_factor_assessment_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "key_factor_assessment" add constraint "key_factor_assessment_key_factor_id_foreign" foreign key ("key_factor_id") references "benchmark_key_factor" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "key_factor_assessment" add constraint "key_factor_assessment_assessed_by_id_foreign" foreign key ("assessed_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "benchmark_good_practice" add constraint "benchmark_good_practice_criterion_id_foreign" foreign key ("criterion_id") references "benchmark_criterion" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "benchmark_indicator" add constraint "benchmark_indicator_criterion_id_foreign" foreign key ("criterion_id") references "benchmark_criterion" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "indicator_target" add constraint "indicator_target_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "indicator_target" add constraint "indicator_target_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "indicator_target" add constraint "indicator_target_indicator_id_foreign" foreign key ("indicator_id") references "benchmark_indicator" ("id") on update cascade;`,
    );
    this.addSql(
      `create table "plan_version" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "partnership_id" uuid not null, "number" smallint not null, "stage" text check ("stage" in ('first', 'second', 'third')) not null, "snapshot" jsonb not null, "status" text check ("status" in ('submitted', 'approved', 'changes_requested')) not null default 'submitted', "submitted_by_id" uuid null, "decided_at" timestamptz null, constraint "plan_version_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "plan_version_tenant_id_index" on "plan_version" ("tenant_id");`);
    this.addSql(
      `alter table "plan_version" add constraint "plan_version_tenant_id_partnership_id_number_unique" unique ("tenant_id", "partnership_id", "number");`,
    );
    this.addSql(
      `create table "plan_action" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "partnership_id" uuid not null, "position" smallint not null, "title" text not null, "objective" text not null, "criterion_id" uuid null, "key_factor_ids" text[] not null, "responsible_service" text not null, "starts_on" date not null, "ends_on" date not null, "resources" text null, "indicators" text null, "status" text check ("status" in ('planned', 'in_progress', 'done', 'dropped')) not null default 'planned', constraint "plan_action_pkey" primary key ("id"), constraint plan_action_dates_check check (ends_on >= starts_on));`,
    );
    this.addSql(`create index "plan_action_tenant_id_index" on "plan_action" ("tenant_id");`);
    this.addSql(
      `create index "plan_action_partnership_id_index" on "plan_action" ("partnership_id");`,
    );
    this.addSql(
      `alter table "plan_version" add constraint "plan_version_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "plan_version" add constraint "plan_version_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "plan_version" add constraint "plan_version_submitted_by_id_foreign" foreign key ("submitted_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "plan_action" add constraint "plan_action_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "plan_action" add constraint "plan_action_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "plan_action" add constraint "plan_action_criterion_id_foreign" foreign key ("criterion_id") references "benchmark_criterion" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `create table "review_decision" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "partnership_id" uuid not null, "version_id" uuid not null, "reviewer_id" uuid null, "decision" text check ("decision" in ('approved', 'changes_requested')) not null, "note" text null, constraint "review_decision_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "review_decision_tenant_id_index" on "review_decision" ("tenant_id");`,
    );
    this.addSql(
      `create index "review_decision_version_id_index" on "review_decision" ("version_id");`,
    );
    this.addSql(
      `create table "review_comment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "partnership_id" uuid not null, "version_id" uuid not null, "action_id" uuid null, "parent_id" uuid null, "author_id" uuid null, "author_side" text check ("author_side" in ('mentor', 'learner')) not null, "body" text not null, constraint "review_comment_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "review_comment_tenant_id_index" on "review_comment" ("tenant_id");`);
    this.addSql(
      `create index "review_comment_version_id_index" on "review_comment" ("version_id");`,
    );
    this.addSql(
      `alter table "review_decision" add constraint "review_decision_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "review_decision" add constraint "review_decision_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "review_decision" add constraint "review_decision_version_id_foreign" foreign key ("version_id") references "plan_version" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "review_decision" add constraint "review_decision_reviewer_id_foreign" foreign key ("reviewer_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "review_comment" add constraint "review_comment_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "review_comment" add constraint "review_comment_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "review_comment" add constraint "review_comment_version_id_foreign" foreign key ("version_id") references "plan_version" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "review_comment" add constraint "review_comment_parent_id_foreign" foreign key ("parent_id") references "review_comment" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "review_comment" add constraint "review_comment_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `create table "study_visit" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "partnership_id" uuid not null, "stage" text check ("stage" in ('first', 'second', 'third')) not null, "host" text check ("host" in ('mentor', 'learner')) not null, "starts_on" date not null, "ends_on" date not null, "agenda" text not null, "participants" text[] not null, "outcomes" text null, constraint "study_visit_pkey" primary key ("id"), constraint study_visit_dates_check check (ends_on >= starts_on));`,
    );
    this.addSql(`create index "study_visit_tenant_id_index" on "study_visit" ("tenant_id");`);
    this.addSql(
      `create index "study_visit_partnership_id_index" on "study_visit" ("partnership_id");`,
    );
    this.addSql(
      `create table "network_event" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" text check ("kind" in ('training_academy', 'knowledge_sharing')) not null, "title" jsonb not null, "description" jsonb not null, "starts_on" date not null, "ends_on" date not null, "place" text not null, "created_by_id" uuid null, constraint "network_event_pkey" primary key ("id"), constraint network_event_dates_check check (ends_on >= starts_on));`,
    );
    this.addSql(
      `alter table "study_visit" add constraint "study_visit_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "study_visit" add constraint "study_visit_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "network_event" add constraint "network_event_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(MENTOR_PATH);
    this.addSql(ROW_LEVEL_SECURITY);
    this.addSql(LIBRARY);
    this.addSql(PAIR_RECORDS);
    this.addSql(REVIEWS);
    this.addSql(GRANTS);
  }
}
