import { Migration } from '@mikro-orm/migrations';

/*
 * History entries are only ever added by the application, but the owner may correct one (its
 * date, its progress, its commitment), as the tests do to look back in time. The buckets follow
 * such an edit too: the effect of the touched commitments' entries before it is taken away and
 * their effect after it added, as for entries added or removed.
 */
const EDITS = `
create or replace function app_follow_up_bucket_entries_changed() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  touched uuid[];
  scope jsonb;
  after jsonb;
  before jsonb;
  gone jsonb := '[]';
  replaced uuid[] := '{}';
begin
  -- Transition tables: "added" for new rows (insert, update), "removed" for old ones (delete,
  -- update); a statement only names those its trigger declares.
  if tg_op in ('INSERT', 'UPDATE') then
    replaced := array(select id from added);
    touched := array(select commitment_id from added);
  end if;
  if tg_op in ('DELETE', 'UPDATE') then
    touched := touched || array(select commitment_id from removed);
    gone := coalesce((select jsonb_agg(jsonb_build_object('id', r.id,
              'commitment_id', r.commitment_id, 'created_at', r.created_at,
              'progress', r.progress)) from removed r), '[]');
  end if;
  touched := array(select distinct unnest(touched));
  scope := app_follow_up_bucket_scope_json(app_follow_up_bucket_commitments(touched));
  after := app_follow_up_bucket_entries(touched);
  before := coalesce((select jsonb_agg(e) from jsonb_array_elements(after) e
                       where (e->>'id')::uuid <> all(replaced)), '[]') || gone;
  perform app_follow_up_bucket_shift(scope, before, scope, after);
  return null;
end $$;

drop trigger follow_up_bucket_entries_added on commitment_update;
drop trigger follow_up_bucket_entries_removed on commitment_update;
create trigger follow_up_bucket_entries_added after insert on commitment_update
  referencing new table as added for each statement
  execute function app_follow_up_bucket_entries_changed();
create trigger follow_up_bucket_entries_removed after delete on commitment_update
  referencing old table as removed for each statement
  execute function app_follow_up_bucket_entries_changed();
-- Any column: PostgreSQL allows no column list with transition tables. An edit that changes no
-- effect (an author erased) shifts nothing.
create trigger follow_up_bucket_entries_edited after update on commitment_update
  referencing old table as removed new table as added for each statement
  execute function app_follow_up_bucket_entries_changed();
`;

export class Migration20261205500000KeptHistoryEdits extends Migration {
  override async up(): Promise<void> {
    this.addSql(EDITS);
  }
}
