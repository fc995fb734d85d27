import { Migration } from '@mikro-orm/migrations';

const SCOPE_FUNCTIONS = `
create function app_current_tenant() returns uuid language sql stable
  as $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;
create function app_current_user() returns uuid language sql stable
  as $$ select nullif(current_setting('app.user_id', true), '')::uuid $$;
create function app_is_network_operator() returns boolean language sql stable
  as $$ select coalesce(current_setting('app.network_operator', true), '') = 'on' $$;
create function app_is_system() returns boolean language sql stable
  as $$ select coalesce(current_setting('app.system', true), '') = 'on' $$;
create function app_token_hash() returns text language sql stable
  as $$ select nullif(current_setting('app.token_hash', true), '') $$;
`;

/*
 * Row-level security: the backstop behind the application's tenant filter. Every policy keys on
 * transaction-local settings, so a pooled connection carries nothing from one operation to the next.
 * Cross-tenant paths are few and named here: a person reads their own memberships in every tenant;
 * the bearer of an invitation link reads that one invitation; network operators read the audit log
 * and delivery failures; the worker's relay claims outbox rows of every tenant.
 */
const ROW_LEVEL_SECURITY = `
alter table membership enable row level security;
alter table membership force row level security;
create policy membership_in_tenant on membership
  using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
create policy membership_own on membership for select using (user_id = app_current_user());

alter table invitation enable row level security;
alter table invitation force row level security;
create policy invitation_in_tenant on invitation
  using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
create policy invitation_bearer on invitation for select using (token_hash = app_token_hash());

alter table audit_entry enable row level security;
alter table audit_entry force row level security;
create policy audit_entry_read on audit_entry for select
  using (tenant_id = app_current_tenant() or app_is_network_operator());
-- A null tenant marks a platform event (a sign-in); any scope may record one, only operators read it.
create policy audit_entry_write on audit_entry for insert
  with check (tenant_id = app_current_tenant() or tenant_id is null);

alter table outbox_message enable row level security;
alter table outbox_message force row level security;
create policy outbox_in_tenant on outbox_message
  using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
-- Platform mail (a password reset) belongs to no tenant; any scope may queue one.
create policy outbox_platform_write on outbox_message for insert with check (tenant_id is null);
create policy outbox_relay on outbox_message using (app_is_system()) with check (app_is_system());
-- Operators see failed deliveries and put them back in line; they neither add nor delete mail.
create policy outbox_operator_read on outbox_message for select using (app_is_network_operator());
create policy outbox_operator_retry on outbox_message for update
  using (app_is_network_operator()) with check (app_is_network_operator());
`;

/* The runtime role owns nothing; it gets only the verbs the product uses. It deletes nothing but
 * expired throttle counters: sessions and tokens are revoked or spent, the audit log only grows. */
const GRANTS = `
grant usage on schema public to inclusion_runtime;
grant select, insert, update on tenant, app_user, membership, invitation to inclusion_runtime;
grant select, insert, update on auth_session, refresh_token, one_time_token, outbox_message
  to inclusion_runtime;
grant select, insert, update, delete on sign_in_throttle to inclusion_runtime;
grant select, insert on audit_entry to inclusion_runtime;
`;

export class Migration20261122000000Foundation extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "outbox_message" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid null, "topic" text not null, "payload" jsonb not null, "sealed_secret" text null, "status" text check ("status" in ('pending', 'enqueued', 'sent', 'failed', 'skipped')) not null default 'pending', "attempts" int not null default 0, "last_error" text null, "available_at" timestamptz not null, "enqueued_at" timestamptz null, "processed_at" timestamptz null, constraint "outbox_message_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "outbox_message_tenant_id_index" on "outbox_message" ("tenant_id");`);
    this.addSql(
      `create index "outbox_message_status_available_at_index" on "outbox_message" ("status", "available_at");`,
    );
    this.addSql(
      `create table "sign_in_throttle" ("key" text not null, "window_started_at" timestamptz not null, "failures" int not null, constraint "sign_in_throttle_pkey" primary key ("key"));`,
    );
    this.addSql(
      `create table "tenant" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" text not null, "slug" text not null, "country" char(2) not null, "kind" text check ("kind" in ('municipality', 'metropolis', 'region', 'other')) not null, "default_locale" text check ("default_locale" in ('fr', 'en')) not null, "time_zone" text not null, "status" text check ("status" in ('onboarding', 'active', 'archived')) not null default 'onboarding', "archived_at" timestamptz null, constraint "tenant_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "tenant" add constraint "tenant_slug_unique" unique ("slug");`);
    this.addSql(`create index "tenant_status_index" on "tenant" ("status");`);
    this.addSql(
      `create table "app_user" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "email" text not null, "display_name" text not null, "password_hash" text null, "locale" text check ("locale" in ('fr', 'en')) null, "platform_role" text check ("platform_role" in ('network_operator')) null, "status" text check ("status" in ('invited', 'active', 'disabled')) not null default 'invited', "last_sign_in_at" timestamptz null, constraint "app_user_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);
    this.addSql(
      `create table "auth_session" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "user_id" uuid not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "user_agent" text null, constraint "auth_session_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "auth_session_user_id_index" on "auth_session" ("user_id");`);
    this.addSql(
      `create table "refresh_token" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "session_id" uuid not null, "token_hash" text not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "refresh_token_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "refresh_token_session_id_index" on "refresh_token" ("session_id");`);
    this.addSql(
      `alter table "refresh_token" add constraint "refresh_token_token_hash_unique" unique ("token_hash");`,
    );
    this.addSql(
      `create table "one_time_token" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "user_id" uuid not null, "purpose" text check ("purpose" in ('sign_in_link', 'password_reset')) not null, "token_hash" text not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "one_time_token_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "one_time_token_user_id_index" on "one_time_token" ("user_id");`);
    this.addSql(
      `alter table "one_time_token" add constraint "one_time_token_token_hash_unique" unique ("token_hash");`,
    );
    this.addSql(
      `create table "membership" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "user_id" uuid not null, "roles" text[] not null, "status" text check ("status" in ('invited', 'active', 'revoked')) not null default 'invited', constraint "membership_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "membership_tenant_id_index" on "membership" ("tenant_id");`);
    this.addSql(`create index "membership_user_id_index" on "membership" ("user_id");`);
    this.addSql(
      `alter table "membership" add constraint "membership_tenant_id_user_id_unique" unique ("tenant_id", "user_id");`,
    );
    this.addSql(
      `create table "invitation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "membership_id" uuid not null, "email" text not null, "roles" text[] not null, "invited_by_id" uuid null, "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "revoked_at" timestamptz null, constraint "invitation_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "invitation_tenant_id_index" on "invitation" ("tenant_id");`);
    this.addSql(`create index "invitation_token_hash_index" on "invitation" ("token_hash");`);
    this.addSql(
      `create table "audit_entry" ("id" uuid not null, "tenant_id" uuid null, "actor_id" uuid null, "operation" text not null, "affected_ids" text[] not null, "occurred_at" timestamptz not null, constraint "audit_entry_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "audit_entry_actor_id_index" on "audit_entry" ("actor_id");`);
    this.addSql(
      `create index "audit_entry_tenant_id_occurred_at_index" on "audit_entry" ("tenant_id", "occurred_at");`,
    );
    this.addSql(
      `alter table "auth_session" add constraint "auth_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "refresh_token" add constraint "refresh_token_session_id_foreign" foreign key ("session_id") references "auth_session" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "one_time_token" add constraint "one_time_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "membership" add constraint "membership_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "membership" add constraint "membership_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "invitation" add constraint "invitation_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "invitation" add constraint "invitation_membership_id_foreign" foreign key ("membership_id") references "membership" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "invitation" add constraint "invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "audit_entry" add constraint "audit_entry_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "audit_entry" add constraint "audit_entry_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(SCOPE_FUNCTIONS);
    this.addSql(ROW_LEVEL_SECURITY);
    this.addSql(GRANTS);
  }
}
