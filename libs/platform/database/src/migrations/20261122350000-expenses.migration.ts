import { Migration } from '@mikro-orm/migrations';

/* A claim and its receipt are the claimant's personal data: the team running the edition and the
 * claimant read them; the claimant files them, the team decides. */
const ROW_LEVEL_SECURITY = `
alter table expense_claim enable row level security;
alter table expense_claim force row level security;
create policy expense_claim_team on expense_claim
  using (tenant_id = app_current_tenant() and (app_runs_edition(edition_id) or app_is_system()))
  with check (tenant_id = app_current_tenant() and (app_runs_edition(edition_id) or app_is_system()));
create policy expense_claim_own on expense_claim for select
  using (tenant_id = app_current_tenant() and person_id = app_current_user());
create policy expense_claim_filing on expense_claim for insert
  with check (tenant_id = app_current_tenant() and person_id = app_current_user());

alter table expense_receipt enable row level security;
alter table expense_receipt force row level security;
create policy expense_receipt_with_claim on expense_receipt
  using (tenant_id = app_current_tenant()
         and exists (select 1 from expense_claim c where c.id = claim_id))
  with check (tenant_id = app_current_tenant());
`;

const GRANTS = `
grant select, insert, update on expense_claim to inclusion_runtime;
grant select, insert on expense_receipt to inclusion_runtime;
`;

export class Migration20261122350000Expenses extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "expense_claim" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "application_id" uuid not null, "edition_id" uuid not null, "person_id" uuid null, "amount_cents" int not null, "currency" char(3) not null, "incurred_on" date not null, "description" text not null, "status" text check ("status" in ('submitted', 'approved', 'rejected', 'paid')) not null default 'submitted', "decided_by_id" uuid null, "decided_at" timestamptz null, "decision_note" text null, "paid_on" date null, constraint "expense_claim_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "expense_claim_tenant_id_index" on "expense_claim" ("tenant_id");`);
    this.addSql(
      `create index "expense_claim_application_id_index" on "expense_claim" ("application_id");`,
    );
    this.addSql(`create index "expense_claim_edition_id_index" on "expense_claim" ("edition_id");`);
    this.addSql(`create index "expense_claim_person_id_index" on "expense_claim" ("person_id");`);
    this.addSql(
      `create table "expense_receipt" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "claim_id" uuid not null, "filename" text not null, "content_type" text not null, "size_bytes" int not null, "sha256" text not null, "content" bytea not null, constraint "expense_receipt_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "expense_receipt_tenant_id_index" on "expense_receipt" ("tenant_id");`,
    );
    this.addSql(
      `alter table "expense_receipt" add constraint "expense_receipt_claim_id_unique" unique ("claim_id");`,
    );
    this.addSql(
      `alter table "expense_claim" add constraint "expense_claim_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "expense_claim" add constraint "expense_claim_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "expense_claim" add constraint "expense_claim_edition_id_foreign" foreign key ("edition_id") references "edition" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "expense_claim" add constraint "expense_claim_person_id_foreign" foreign key ("person_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "expense_claim" add constraint "expense_claim_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "expense_receipt" add constraint "expense_receipt_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "expense_receipt" add constraint "expense_receipt_claim_id_foreign" foreign key ("claim_id") references "expense_claim" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(ROW_LEVEL_SECURITY);
    this.addSql(GRANTS);
  }
}
