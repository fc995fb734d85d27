import { Migration } from '@mikro-orm/migrations';

/*
 * WHOM A PAIR WRITES TO: the review's mails go from one city of a pair to the other's named
 * members, whose memberships the sender's tenant cannot read. This function, as the owner, gives
 * a party of an active partnership the addresses and languages of one side's people (its named
 * members; and the learner's coordinators), and nothing else: no other member, no other pair. Only the application calls it, to
 * queue mails; no query of the API returns what it gives.
 */
const RECIPIENTS = `
do $do$ begin
  execute format('create policy partnership_member_recipients on partnership_member for select using (current_user = %L)', current_user);
  execute format('create policy membership_recipients on membership for select using (current_user = %L)', current_user);
end $do$;

create function app_pair_recipients(p_partnership uuid, p_side text)
returns table (user_id uuid, email text, display_name text, locale text, default_locale text,
               time_zone text)
language sql stable security definer set search_path = public, pg_temp as $$
  with pair as (
    select pa.* from partnership pa
     where pa.id = p_partnership and pa.status = 'active'
       and app_current_tenant() in (pa.tenant_id, pa.mentor_tenant_id)
  ), named as (
    select pm.membership_id, pm.tenant_id from pair pa
      join partnership_member pm on pm.partnership_id = pa.id and pm.side = p_side
     where pm.tenant_id = case p_side when 'mentor' then pa.mentor_tenant_id else pa.tenant_id end
    union
    -- The learner's coordinators answer for its plan, named in the pair or not.
    select m.id, m.tenant_id from pair pa
      join membership m on m.tenant_id = pa.tenant_id and 'coordinator' = any(m.roles)
     where p_side = 'learner'
  )
  select distinct on (u.display_name, u.id)
         u.id, u.email, u.display_name, u.locale, t.default_locale, t.time_zone
    from named n
    join membership m on m.id = n.membership_id and m.tenant_id = n.tenant_id
    join app_user u on u.id = m.user_id
    join tenant t on t.id = m.tenant_id
   where m.status = 'active' and u.status = 'active'
   order by u.display_name, u.id
$$;
revoke all on function app_pair_recipients(uuid, text) from public;
grant execute on function app_pair_recipients(uuid, text) to inclusion_runtime;
`;

/*
 * A mentor's reviewer writes their comments and decisions in the learner's tenant. A person's
 * export and erasure visit the tenants they belong to, so in the mentor's tenant (system scope
 * only) these policies show the comments and decisions its side wrote in its pairs.
 */
const PERSONAL_DATA = `
create policy review_comment_mentor_system on review_comment for select
  using (app_is_system() and author_side = 'mentor' and exists (
    select 1 from partnership p
     where p.id = partnership_id and p.mentor_tenant_id = app_current_tenant()));
create policy review_decision_mentor_system on review_decision for select
  using (app_is_system() and exists (
    select 1 from partnership p
     where p.id = partnership_id and p.mentor_tenant_id = app_current_tenant()));
`;

export class Migration20261204100000PairPeople extends Migration {
  override async up(): Promise<void> {
    this.addSql(RECIPIENTS);
    this.addSql(PERSONAL_DATA);
  }
}
