import { Migration } from '@mikro-orm/migrations';

/*
 * A city's commitment answers either an accepted recommendation (Resilient Cities) or an
 * approved action of its plan in a mentoring partnership (IncluCities), once; its milestones
 * follow it. The action stays the pair's record: no foreign key ties the city's commitment to
 * a plan the learner may later rework, and the versions keep the action as it was approved.
 */
const SOURCE = `
alter table commitment alter column recommendation_id drop not null;
alter table commitment add column source_action_id uuid null;
create unique index commitment_source_action_id_unique on commitment (source_action_id)
  where source_action_id is not null;
alter table commitment add constraint commitment_source_check check (
  (recommendation_id is null or source_action_id is null)
  and (parent_id is not null or recommendation_id is not null or source_action_id is not null));
`;

/*
 * The dashboards count a plan's commitments with the recommendations' whenever the filter does
 * not pick recommendations (their edition, theme, or year): an action belongs to no edition,
 * and comes under the IncluCities methodology.
 */
const SCOPE = `
create or replace function app_follow_up_commitments(p_filter jsonb)
returns table (id uuid, tenant_id uuid, status text, progress int, due_date date,
               last_update_at timestamptz, overdue boolean, stale boolean)
language sql stable set search_path = public, pg_temp as $$
  with scoped as (
    select c.* from app_follow_up_recommendations(p_filter) r
      join commitment c on c.recommendation_id = r.id and c.parent_id is null
    union all
    select c.* from commitment c
      join tenant t on t.id = c.tenant_id
     where c.source_action_id is not null and c.parent_id is null
       and t.status <> 'archived'
       and (c.tenant_id = app_current_tenant() or app_is_network_operator())
       and (p_filter->>'tenant' is null or c.tenant_id = (p_filter->>'tenant')::uuid)
       and (p_filter->>'country' is null or t.country = p_filter->>'country')
       and (p_filter->>'methodology' is null or p_filter->>'methodology' = 'inclucities-mentoring')
       and p_filter->>'edition' is null and p_filter->>'editionYear' is null
       and p_filter->>'theme' is null
  )
  select c.id, c.tenant_id, c.status, c.progress::int, c.due_date, c.last_update_at,
         c.status not in ('done', 'abandoned')
           and c.due_date < (now() at time zone t.time_zone)::date,
         c.status not in ('done', 'abandoned')
           and c.last_update_at < now() - make_interval(days => coalesce(s.stale_after_days, 60))
    from scoped c
    join tenant t on t.id = c.tenant_id
    left join follow_up_settings s on s.tenant_id = c.tenant_id
   where (p_filter->>'from' is null or c.due_date >= (p_filter->>'from')::date)
     and (p_filter->>'to' is null or c.due_date <= (p_filter->>'to')::date)
$$;
`;

export class Migration20261204200000ActionCommitments extends Migration {
  override async up(): Promise<void> {
    this.addSql(SOURCE);
    this.addSql(SCOPE);
  }
}
