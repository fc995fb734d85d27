import { Migration } from '@mikro-orm/migrations';

/*
 * Who is asking, in one round trip. Every authenticated operation used to read its session and
 * user, set the user's scope, read the X-Tenant tenant, set its scope and read the membership:
 * five statements before its own reads (two at least). This function does the same reads as its
 * caller, under the same row-level security (it is no definer), in the same order, and leaves the
 * same transaction-local scope: the user's when the session is live and the person active, and
 * the tenant's too when they are an active member of it. What it finds comes back as JSON rows.
 */
const OPEN_OPERATION = `
create function app_open_operation(p_session uuid, p_user uuid, p_tenant_slug text)
returns jsonb language plpgsql volatile as $$
declare
  v_session auth_session;
  v_user app_user;
  v_tenant tenant;
  v_membership membership;
begin
  select * into v_session from auth_session s
   where s.id = p_session and s.user_id = p_user and s.revoked_at is null
     and s.expires_at > now();
  if not found then
    return null;
  end if;
  select * into v_user from app_user u where u.id = p_user and u.status = 'active';
  if not found then
    return null;
  end if;
  perform set_config('app.user_id', p_user::text, true);
  if p_tenant_slug is not null then
    select * into v_tenant from tenant t where t.slug = lower(p_tenant_slug);
    if found then
      perform set_config('app.tenant_id', v_tenant.id::text, true);
      select * into v_membership from membership m
       where m.tenant_id = v_tenant.id and m.user_id = p_user and m.status = 'active';
      if not found then
        -- Not a member: the tenant answers as if it did not exist, and the scope leaves it.
        perform set_config('app.tenant_id', '', true);
        v_tenant := null;
      end if;
    end if;
  end if;
  return jsonb_build_object(
    'session', to_jsonb(v_session), 'user', to_jsonb(v_user),
    'tenant', case when v_membership.id is null then null else to_jsonb(v_tenant) end,
    'membership', case when v_membership.id is null then null else to_jsonb(v_membership) end);
end $$;
revoke all on function app_open_operation(uuid, uuid, text) from public;
grant execute on function app_open_operation(uuid, uuid, text) to inclusion_runtime;
`;

export class Migration20261205200000OpenOperation extends Migration {
  override async up(): Promise<void> {
    this.addSql(OPEN_OPERATION);
  }
}
