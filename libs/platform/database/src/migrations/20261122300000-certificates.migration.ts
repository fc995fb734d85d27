import { Migration } from '@mikro-orm/migrations';

const ROW_LEVEL_SECURITY = `
alter table completion_rule enable row level security;
alter table completion_rule force row level security;
create policy completion_rule_in_tenant on completion_rule
  using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

-- A certificate is personal data: the team running the edition and the person read it. Anyone
-- holding its code reads that one row, found by the code's hash, to check it.
alter table certificate enable row level security;
alter table certificate force row level security;
create policy certificate_team on certificate
  using (tenant_id = app_current_tenant() and (app_runs_edition(edition_id) or app_is_system()))
  with check (tenant_id = app_current_tenant() and (app_runs_edition(edition_id) or app_is_system()));
create policy certificate_own on certificate for select
  using (tenant_id = app_current_tenant() and person_id = app_current_user());
create policy certificate_bearer on certificate for select
  using (code_hash = app_token_hash());
`;

const GRANTS = `
grant select, insert, update on completion_rule, certificate to inclusion_runtime;
`;

export class Migration20261122300000Certificates extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "completion_rule" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "edition_id" uuid not null, "minimum_training_minutes" int not null default 720, "minimum_lab_workshops" int not null default 2, constraint "completion_rule_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "completion_rule_tenant_id_index" on "completion_rule" ("tenant_id");`,
    );
    this.addSql(
      `alter table "completion_rule" add constraint "completion_rule_tenant_id_edition_id_unique" unique ("tenant_id", "edition_id");`,
    );
    this.addSql(
      `create table "certificate" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "application_id" uuid not null, "edition_id" uuid not null, "person_id" uuid null, "code" text not null, "code_hash" text not null, "person_name" text not null, "edition_name" text not null, "city_name" text not null, "cohort" text check ("cohort" in ('newcomers', 'public_actors')) not null, "training_minutes" int not null, "completed_on" date not null, "locale" text not null, "issued_by_id" uuid null, "revoked_at" timestamptz null, "revocation_reason" text null, constraint "certificate_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "certificate_tenant_id_index" on "certificate" ("tenant_id");`);
    this.addSql(`create index "certificate_edition_id_index" on "certificate" ("edition_id");`);
    this.addSql(`create index "certificate_person_id_index" on "certificate" ("person_id");`);
    this.addSql(
      `alter table "certificate" add constraint "certificate_code_unique" unique ("code");`,
    );
    this.addSql(
      `alter table "certificate" add constraint "certificate_code_hash_unique" unique ("code_hash");`,
    );
    this.addSql(
      `alter table "certificate" add constraint "certificate_tenant_id_application_id_unique" unique ("tenant_id", "application_id");`,
    );
    this.addSql(
      `alter table "completion_rule" add constraint "completion_rule_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "completion_rule" add constraint "completion_rule_edition_id_foreign" foreign key ("edition_id") references "edition" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "certificate" add constraint "certificate_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "certificate" add constraint "certificate_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "certificate" add constraint "certificate_edition_id_foreign" foreign key ("edition_id") references "edition" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "certificate" add constraint "certificate_person_id_foreign" foreign key ("person_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "certificate" add constraint "certificate_issued_by_id_foreign" foreign key ("issued_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(ROW_LEVEL_SECURITY);
    this.addSql(GRANTS);
  }
}
