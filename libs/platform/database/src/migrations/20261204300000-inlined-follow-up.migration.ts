import { Migration } from '@mikro-orm/migrations';

/*
 * PostgreSQL inlines a SQL function into the query that calls it only when the function sets no
 * configuration: then a city's filter (`{"tenant": …}`) is a constant the planner folds, and the
 * indexes on tenant_id serve it. With their own search_path, each city's dashboard scanned every
 * city's recommendations, commitments and histories (5 ms for the figures and 30 ms for the series
 * at 1,000 cities, against under 1 ms each inlined). These run as their caller, whose rights they
 * never exceed; the network's definer functions that call them keep their fixed search_path,
 * which holds through the calls.
 */
const INLINABLE = `
alter function app_follow_up_recommendations(jsonb) reset search_path;
alter function app_follow_up_commitments(jsonb) reset search_path;
alter function app_follow_up_figures(jsonb) reset search_path;
alter function app_follow_up_series(jsonb, text, int) reset search_path;
`;

export class Migration20261204300000InlinedFollowUp extends Migration {
  override async up(): Promise<void> {
    this.addSql(INLINABLE);
  }
}
