import { Migration } from '@mikro-orm/migrations';

/*
 * A city's dashboard named its city on the recommendations only: the planner then read every
 * city's editions (1,000 rows at 1,000 cities, a millisecond for each of the figures and the
 * series) before keeping the city's. Named on the editions too, they come from the city's index.
 * Still without a search_path of its own, so that it stays inlinable.
 */
const RECOMMENDATIONS = `
create or replace function app_follow_up_recommendations(p_filter jsonb)
returns table (id uuid, tenant_id uuid, status text, answer text, submitted_at timestamptz)
language sql stable as $$
  select r.id, r.tenant_id, r.status, r.answer, r.submitted_at
    from recommendation r
    join tenant t on t.id = r.tenant_id
    join edition e on e.id = r.edition_id
    join methodology_template_version v on v.id = e.template_version_id
   where t.status <> 'archived'
     and (r.tenant_id = app_current_tenant() or app_is_network_operator())
     and (p_filter->>'tenant' is null or r.tenant_id = (p_filter->>'tenant')::uuid)
     and (p_filter->>'tenant' is null or e.tenant_id = (p_filter->>'tenant')::uuid)
     and (p_filter->>'country' is null or t.country = p_filter->>'country')
     and (p_filter->>'edition' is null or r.edition_id = (p_filter->>'edition')::uuid)
     and (p_filter->>'methodology' is null or v.key = p_filter->>'methodology')
     and (p_filter->>'editionYear' is null
          or extract(year from e.start_date)::int = (p_filter->>'editionYear')::int)
     and (p_filter->>'theme' is null or r.theme = p_filter->>'theme')
$$;
`;

export class Migration20261205300000CityEditionsByTenant extends Migration {
  override async up(): Promise<void> {
    this.addSql(RECOMMENDATIONS);
  }
}
