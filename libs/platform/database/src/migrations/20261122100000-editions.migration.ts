import { Migration } from '@mikro-orm/migrations';

/* Editions, their phases, checklists, activities, registrations, Policy Labs and experiments are
 * the tenant's; template versions are the platform's. */
const ROW_LEVEL_SECURITY = `
alter table edition enable row level security;
alter table edition force row level security;
create policy edition_in_tenant on edition
  using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

alter table edition_phase enable row level security;
alter table edition_phase force row level security;
create policy edition_phase_in_tenant on edition_phase
  using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

alter table activity enable row level security;
alter table activity force row level security;
create policy activity_in_tenant on activity
  using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

alter table activity_registration enable row level security;
alter table activity_registration force row level security;
create policy activity_registration_in_tenant on activity_registration
  using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

-- The bearer of an edition's calendar feed URL reads that one edition, found by the secret's hash.
create policy edition_calendar_bearer on edition for select
  using (calendar_token_hash = app_token_hash());

alter table policy_lab enable row level security;
alter table policy_lab force row level security;
create policy policy_lab_in_tenant on policy_lab
  using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

alter table lab_artefact enable row level security;
alter table lab_artefact force row level security;
create policy lab_artefact_in_tenant on lab_artefact
  using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

alter table idea_support enable row level security;
alter table idea_support force row level security;
create policy idea_support_in_tenant on idea_support
  using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

alter table micro_experimentation enable row level security;
alter table micro_experimentation force row level security;
create policy micro_experimentation_in_tenant on micro_experimentation
  using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

alter table phase_deliverable enable row level security;
alter table phase_deliverable force row level security;
create policy phase_deliverable_in_tenant on phase_deliverable
  using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
`;

/* A published methodology version is never changed or deleted; editions are never deleted. */
const GRANTS = `
grant select, insert on methodology_template_version to inclusion_runtime;
grant select, insert, update on edition, edition_phase, phase_deliverable, activity,
  activity_registration, policy_lab, lab_artefact, micro_experimentation to inclusion_runtime;
-- Backing an idea is a toggle: withdrawing deletes the support.
grant select, insert, delete on idea_support to inclusion_runtime;
`;

export class Migration20261122100000Editions extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "methodology_template_version" ("id" uuid not null, "key" text not null, "version" int not null, "definition" jsonb not null, "built_in" boolean not null default false, "published_by" uuid null, "published_at" timestamptz not null, constraint "methodology_template_version_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "methodology_template_version_key_index" on "methodology_template_version" ("key");`,
    );
    this.addSql(
      `alter table "methodology_template_version" add constraint "methodology_template_version_key_version_unique" unique ("key", "version");`,
    );
    this.addSql(
      `create table "edition" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "name" text not null, "template_version_id" uuid not null, "start_date" date not null, "status" text check ("status" in ('planned', 'running', 'completed')) not null default 'planned', constraint "edition_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "edition_tenant_id_index" on "edition" ("tenant_id");`);
    this.addSql(
      `create table "edition_phase" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "edition_id" uuid not null, "key" text not null, "position" int not null, "name" jsonb not null, "description" jsonb not null, "planned_start" date not null, "planned_end" date not null, "actual_start" date null, "actual_end" date null, "status" text check ("status" in ('planned', 'active', 'done', 'skipped')) not null default 'planned', "skip_reason" text null, constraint "edition_phase_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "edition_phase_tenant_id_index" on "edition_phase" ("tenant_id");`);
    this.addSql(`create index "edition_phase_edition_id_index" on "edition_phase" ("edition_id");`);
    this.addSql(
      `alter table "edition_phase" add constraint "edition_phase_tenant_id_edition_id_key_unique" unique ("tenant_id", "edition_id", "key");`,
    );
    this.addSql(
      `create table "phase_deliverable" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "phase_id" uuid not null, "key" text not null, "label" jsonb not null, "mandatory" boolean not null, "done_at" timestamptz null, "done_by_id" uuid null, "evidence_url" text null, "evidence_note" text null, constraint "phase_deliverable_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "phase_deliverable_tenant_id_index" on "phase_deliverable" ("tenant_id");`,
    );
    this.addSql(
      `create index "phase_deliverable_phase_id_index" on "phase_deliverable" ("phase_id");`,
    );
    this.addSql(
      `alter table "phase_deliverable" add constraint "phase_deliverable_tenant_id_phase_id_key_unique" unique ("tenant_id", "phase_id", "key");`,
    );
    this.addSql(
      `alter table "edition" add constraint "edition_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "edition" add constraint "edition_template_version_id_foreign" foreign key ("template_version_id") references "methodology_template_version" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "edition_phase" add constraint "edition_phase_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "edition_phase" add constraint "edition_phase_edition_id_foreign" foreign key ("edition_id") references "edition" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "phase_deliverable" add constraint "phase_deliverable_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "phase_deliverable" add constraint "phase_deliverable_phase_id_foreign" foreign key ("phase_id") references "edition_phase" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "phase_deliverable" add constraint "phase_deliverable_done_by_id_foreign" foreign key ("done_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `create table "activity" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "edition_id" uuid not null, "phase_id" uuid null, "kind" text check ("kind" in ('training_session', 'framing_session', 'policy_lab_workshop', 'networking_event', 'public_restitution', 'study_visit', 'other')) not null, "track" text check ("track" in ('newcomers', 'public_actors', 'joint')) null, "title" text not null, "description" text null, "starts_at" timestamptz not null, "duration_minutes" int not null, "place" text null, "online_url" text null, "languages" text[] not null, "interpretation_languages" text[] not null, "facilitator_ids" text[] not null, "capacity" int null, "cancelled_at" timestamptz null, constraint "activity_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "activity_tenant_id_index" on "activity" ("tenant_id");`);
    this.addSql(`create index "activity_edition_id_index" on "activity" ("edition_id");`);
    this.addSql(
      `create index "activity_tenant_id_starts_at_index" on "activity" ("tenant_id", "starts_at");`,
    );
    this.addSql(
      `create table "activity_registration" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "activity_id" uuid not null, "membership_id" uuid not null, "cancelled_at" timestamptz null, "attended" boolean null, "attended_minutes" int null, "reminder_sent_at" timestamptz null, constraint "activity_registration_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "activity_registration_tenant_id_index" on "activity_registration" ("tenant_id");`,
    );
    this.addSql(
      `create index "activity_registration_activity_id_index" on "activity_registration" ("activity_id");`,
    );
    this.addSql(
      `create index "activity_registration_membership_id_index" on "activity_registration" ("membership_id");`,
    );
    this.addSql(
      `alter table "activity_registration" add constraint "activity_registration_tenant_id_activity_id_membe_cedb9_unique" unique ("tenant_id", "activity_id", "membership_id");`,
    );
    this.addSql(
      `alter table "activity" add constraint "activity_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "activity" add constraint "activity_edition_id_foreign" foreign key ("edition_id") references "edition" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "activity" add constraint "activity_phase_id_foreign" foreign key ("phase_id") references "edition_phase" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "activity_registration" add constraint "activity_registration_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "activity_registration" add constraint "activity_registration_activity_id_foreign" foreign key ("activity_id") references "activity" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "activity_registration" add constraint "activity_registration_membership_id_foreign" foreign key ("membership_id") references "membership" ("id") on update cascade;`,
    );
    this.addSql(`alter table "edition" add column "calendar_token_hash" text null;`);
    this.addSql(
      `create index "edition_calendar_token_hash_index" on "edition" ("calendar_token_hash");`,
    );
    this.addSql(
      `create table "policy_lab" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "edition_id" uuid not null, "title" text not null, "problem" text not null, "framing_session_id" uuid null, "current_step" text check ("current_step" in ('shared_diagnosis', 'ideation', 'prototyping', 'test')) not null default 'shared_diagnosis', constraint "policy_lab_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "policy_lab_tenant_id_index" on "policy_lab" ("tenant_id");`);
    this.addSql(`create index "policy_lab_edition_id_index" on "policy_lab" ("edition_id");`);
    this.addSql(
      `create table "micro_experimentation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "lab_id" uuid not null, "title" text not null, "hypothesis" text not null, "city_service" text not null, "start_date" date null, "end_date" date null, "success_indicators" text[] not null, "status" text check ("status" in ('planned', 'running', 'concluded', 'abandoned')) not null default 'planned', "results" text null, "learnings" text null, "decision" text check ("decision" in ('scale_up', 'adapt', 'drop')) null, constraint "micro_experimentation_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "micro_experimentation_tenant_id_index" on "micro_experimentation" ("tenant_id");`,
    );
    this.addSql(
      `create index "micro_experimentation_lab_id_index" on "micro_experimentation" ("lab_id");`,
    );
    this.addSql(
      `create table "lab_artefact" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "lab_id" uuid not null, "step" text check ("step" in ('shared_diagnosis', 'ideation', 'prototyping', 'test')) not null, "kind" text check ("kind" in ('finding', 'idea', 'prototype')) not null, "title" text not null, "body" text null, "workshop_id" uuid null, "author_id" uuid not null, constraint "lab_artefact_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "lab_artefact_tenant_id_index" on "lab_artefact" ("tenant_id");`);
    this.addSql(`create index "lab_artefact_lab_id_index" on "lab_artefact" ("lab_id");`);
    this.addSql(
      `create table "idea_support" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "idea_id" uuid not null, "membership_id" uuid not null, constraint "idea_support_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "idea_support_tenant_id_index" on "idea_support" ("tenant_id");`);
    this.addSql(`create index "idea_support_idea_id_index" on "idea_support" ("idea_id");`);
    this.addSql(
      `alter table "idea_support" add constraint "idea_support_tenant_id_idea_id_membership_id_unique" unique ("tenant_id", "idea_id", "membership_id");`,
    );
    this.addSql(
      `alter table "policy_lab" add constraint "policy_lab_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "policy_lab" add constraint "policy_lab_edition_id_foreign" foreign key ("edition_id") references "edition" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "policy_lab" add constraint "policy_lab_framing_session_id_foreign" foreign key ("framing_session_id") references "activity" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "micro_experimentation" add constraint "micro_experimentation_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "micro_experimentation" add constraint "micro_experimentation_lab_id_foreign" foreign key ("lab_id") references "policy_lab" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "lab_artefact" add constraint "lab_artefact_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "lab_artefact" add constraint "lab_artefact_lab_id_foreign" foreign key ("lab_id") references "policy_lab" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "lab_artefact" add constraint "lab_artefact_workshop_id_foreign" foreign key ("workshop_id") references "activity" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "lab_artefact" add constraint "lab_artefact_author_id_foreign" foreign key ("author_id") references "membership" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "idea_support" add constraint "idea_support_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "idea_support" add constraint "idea_support_idea_id_foreign" foreign key ("idea_id") references "lab_artefact" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "idea_support" add constraint "idea_support_membership_id_foreign" foreign key ("membership_id") references "membership" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "activity" add column "policy_lab_id" uuid null, add column "lab_step" text check ("lab_step" in ('shared_diagnosis', 'ideation', 'prototyping', 'test')) null;`,
    );
    this.addSql(`create index "activity_policy_lab_id_index" on "activity" ("policy_lab_id");`);
    this.addSql(
      `alter table "activity" add constraint "activity_policy_lab_id_foreign" foreign key ("policy_lab_id") references "policy_lab" ("id") on update cascade on delete set null;`,
    );
    this.addSql(ROW_LEVEL_SECURITY);
    this.addSql(GRANTS);
  }
}
