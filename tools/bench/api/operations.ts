import type { PoolClient } from 'pg';
import argon2 from 'argon2';
import type { DatasetCity } from './manifest';

/** A city of the run with its signed-in people. */
export interface BenchCity extends DatasetCity {
  coordinatorToken: string;
  coordinatorUserId: string;
  /** The learner's plan author, where the city is a learner of a pair. */
  authorToken: string | null;
}

export interface RunContext {
  cities: BenchCity[];
  /** Cities that are the learner of a pair. */
  learners: BenchCity[];
  operatorToken: string;
  password: string;
}

export interface GraphqlCall {
  query: string;
  variables: Record<string, unknown>;
  token: string | null;
  tenant: string | null;
}

/**
 * Who a floor's transaction acts for, as the API would establish it: a signed-in caller through
 * the API's own statement (app_open_operation checks the session, the person and the membership,
 * and sets the scope), so that the floor does the same work as the API, proving who asks included.
 */
export interface FloorScope {
  /** The caller's access token, as the API gets it. */
  token?: string | null;
  /** The city of the X-Tenant header. */
  tenantSlug?: string;
  /** Widened to the network's cross-tenant reads, as the network operator's policy does. */
  networkOperator?: boolean;
}

export interface Operation {
  name: string;
  /** Read within one city: its p95 must not grow with the number of cities. */
  tenantScoped: boolean;
  /** A key read: p95 under 50 ms and within 3x of its SQL floor. */
  keyRead: boolean;
  /** Fewer requests than the run's, for an operation that takes seconds while it is slow. */
  maxRequests?: number;
  call(run: RunContext, i: number): GraphqlCall;
  /** The same work as hand-written SQL through `pg`: the floor the API is compared with. */
  floor: {
    describe: string;
    scope(run: RunContext, i: number): FloorScope;
    run(client: PoolClient, run: RunContext, i: number): Promise<void>;
  };
}

const pick = <T>(list: T[], i: number): T => list[i % list.length];
const today = () => new Date().toISOString().slice(0, 10);
const addDays = (days: number) => new Date(Date.now() + days * 86_400_000);
const asCoordinator = (city: BenchCity) => ({ token: city.coordinatorToken, tenant: city.slug });

const COMMITMENTS = `query($first: Int!) { commitments(first: $first) { edges { node {
  id title { fr en } department status progress dueDate lastUpdateAt ownerName overdue stale } } } }`;
const DASHBOARD = `{ followUpDashboard {
  figures { recommendations answered accepted commitments { total done inProgress }
    averageProgress overdue stale lastUpdateAt }
  byTheme { theme commitments done } overdue { id dueDate } stale { id lastUpdateAt }
  progressOverTime { periodEnd averageProgress } } }`;
const NETWORK = `query($first: Int!) { networkFollowUp {
  totals { recommendations answered averageProgress overdue stale commitments { total done } }
  cityCount cities(first: $first) {
    tenantId name averageProgress overdue stale lastUpdateAt commitments { total done } }
  progressOverTime { periodEnd averageProgress } } }`;
const PUBLIC = `query($city: String!) { publicFollowUp(city: $city) {
  cityName averageProgress counts { total done inProgress }
  commitments { id title progress status dueDate recommendationTitle history { progress status } } } }`;
const WHATS_NEXT = `query($input: WhatsNextInput!) { whatsNext(input: $input) {
  latePhases { key plannedEnd } upcomingPhases { key plannedStart }
  openDeliverables { key mandatory } upcomingActivities { title startsAt } } }`;
const PLAN = `query($p: ID!) { planVersions(partnershipId: $p) {
  id number stage status actions { id title status }
  decisions { decision note reviewerName } comments { id body authorName parentId } } }`;
const PROGRESS = `mutation($input: RecordProgressInput!) { recordCommitmentProgress(input: $input) {
  id progress status lastUpdateAt } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`;

const tenantFilter = (city: BenchCity) => JSON.stringify({ tenant: city.id });

export const OPERATIONS: Operation[] = [
  {
    name: 'sign-in',
    tenantScoped: false,
    keyRead: false,
    call: (run, i) => ({
      query: SIGN_IN,
      variables: { input: { email: pick(run.cities, i).coordinatorEmail, password: run.password } },
      token: null,
      tenant: null,
    }),
    floor: {
      describe: 'the account by address, and its password checked (argon2)',
      scope: () => ({}),
      run: async (client, run, i) => {
        const { rows } = await client.query<{ password_hash: string }>(
          `select id, password_hash, status from app_user where email = $1`,
          [pick(run.cities, i).coordinatorEmail],
        );
        await argon2.verify(rows[0].password_hash, run.password);
      },
    },
  },
  {
    name: "coordinator's what's next",
    tenantScoped: true,
    keyRead: true,
    call: (run, i) => {
      const city = pick(run.cities, i);
      return {
        query: WHATS_NEXT,
        variables: { input: { editionId: city.editionId, weeks: 12 } },
        ...asCoordinator(city),
      };
    },
    floor: {
      describe: 'the edition, its phases, the open deliverables of the watched ones, activities',
      scope: (run, i) => coordinatorScope(pick(run.cities, i)),
      run: async (client, run, i) => {
        const city = pick(run.cities, i);
        await client.query(`select id, time_zone from tenant where id = $1`, [city.id]);
        await client.query(`select * from edition where id = $1`, [city.editionId]);
        await client.query(`select * from edition_phase where edition_id = $1 order by position`, [
          city.editionId,
        ]);
        await client.query(
          `select d.* from phase_deliverable d join edition_phase p on p.id = d.phase_id
            where p.edition_id = $1 and d.done_at is null
              and (p.status = 'active' or (p.status <> 'done' and p.planned_end < $2))
            order by p.position, d.mandatory desc, d.key`,
          [city.editionId, today()],
        );
        await client.query(
          `select * from activity where edition_id = $1 and cancelled_at is null
              and starts_at >= now() and starts_at < $2 order by starts_at`,
          [city.editionId, addDays(86)],
        );
      },
    },
  },
  {
    name: 'commitments, first 50',
    tenantScoped: true,
    keyRead: true,
    call: (run, i) => ({
      query: COMMITMENTS,
      variables: { first: 50 },
      ...asCoordinator(pick(run.cities, i)),
    }),
    floor: {
      describe: 'the first 50 with their owners, and the city’s follow-up settings',
      scope: (run, i) => coordinatorScope(pick(run.cities, i)),
      run: async (client, run, i) => {
        const city = pick(run.cities, i);
        await client.query(`select * from follow_up_settings where tenant_id = $1`, [city.id]);
        await client.query(
          `select c.*, u.display_name from commitment c left join app_user u on u.id = c.owner_id
            where c.tenant_id = $1 order by c.due_date, c.id limit 51`,
          [city.id],
        );
      },
    },
  },
  {
    name: "city's dashboard",
    tenantScoped: true,
    keyRead: true,
    call: (run, i) => ({ query: DASHBOARD, variables: {}, ...asCoordinator(pick(run.cities, i)) }),
    floor: {
      describe: 'kept figures and series functions, themes, overdue and stale lists',
      scope: (run, i) => coordinatorScope(pick(run.cities, i)),
      run: async (client, run, i) => {
        const city = pick(run.cities, i);
        await client.query(`select * from app_kept_follow_up_figures($1::jsonb)`, [
          tenantFilter(city),
        ]);
        await client.query(`select * from app_kept_follow_up_series($1::jsonb, 'month', 12)`, [
          tenantFilter(city),
        ]);
        await client.query(
          `select r.theme, count(distinct r.id), count(c.id) from recommendation r
             left join commitment c on c.recommendation_id = r.id and c.parent_id is null
            where r.tenant_id = $1 group by r.theme`,
          [city.id],
        );
        await client.query(
          `select * from commitment where tenant_id = $1 and parent_id is null
              and status not in ('done', 'abandoned') and due_date < $2
            order by due_date, id limit 10`,
          [city.id, today()],
        );
        await client.query(
          `select * from commitment where tenant_id = $1 and parent_id is null
              and status not in ('done', 'abandoned') and last_update_at < $2
            order by last_update_at, id limit 10`,
          [city.id, addDays(-60)],
        );
      },
    },
  },
  {
    name: "network's dashboard",
    tenantScoped: false,
    keyRead: false,
    maxRequests: 100,
    // The dashboard's first screen: totals and series over every city, the first page of cities.
    call: (run) => ({
      query: NETWORK,
      variables: { first: 50 },
      token: run.operatorToken,
      tenant: null,
    }),
    floor: {
      describe: 'the network figures and series functions, and the cities’ names',
      scope: (run) => ({ token: run.operatorToken, networkOperator: true }),
      run: async (client) => {
        await client.query(
          `select f.*, t.name, t.slug, t.country
             from app_network_follow_up('{}'::jsonb) f join tenant t on t.id = f.tenant_id`,
        );
        await client.query(`select * from app_network_follow_up_series('{}'::jsonb, 'month', 12)`);
      },
    },
  },
  {
    name: 'public dashboard',
    tenantScoped: true,
    keyRead: true,
    call: (run, i) => ({
      query: PUBLIC,
      variables: { city: pick(run.cities, i).slug },
      token: null,
      tenant: null,
    }),
    floor: {
      describe: 'the city by slug, its published commitments, their recommendations and histories',
      scope: () => ({}),
      run: async (client, run, i) => {
        const city = pick(run.cities, i);
        const tenant = await client.query<{ id: string }>(
          `select id from tenant where slug = $1 and status <> 'archived'`,
          [city.slug],
        );
        const tenantId = tenant.rows[0].id;
        const { rows } = await client.query<{ id: string; recommendation_id: string | null }>(
          `select * from commitment where tenant_id = $1 and published_at is not null
            order by due_date, id`,
          [tenantId],
        );
        await client.query(`select * from recommendation where tenant_id = $1 and id = any($2)`, [
          tenantId,
          rows.flatMap((row) => (row.recommendation_id ? [row.recommendation_id] : [])),
        ]);
        await client.query(
          `select * from commitment_update where tenant_id = $1 and commitment_id = any($2)
            order by created_at, id`,
          [tenantId, rows.map((row) => row.id)],
        );
      },
    },
  },
  {
    name: 'action plan, versions and comments',
    tenantScoped: true,
    keyRead: true,
    call: (run, i) => {
      const city = pick(run.learners, i);
      return {
        query: PLAN,
        variables: { p: city.partnershipId },
        token: city.authorToken,
        tenant: city.slug,
      };
    },
    floor: {
      describe: 'the pair, its versions, their decisions and comments with authors',
      scope: (run, i) => {
        const city = pick(run.learners, i);
        return { token: city.authorToken, tenantSlug: city.slug };
      },
      run: async (client, run, i) => {
        const city = pick(run.learners, i);
        await client.query(`select * from partnership where id = $1`, [city.partnershipId]);
        const { rows } = await client.query<{ id: string }>(
          `select * from plan_version where partnership_id = $1 order by number`,
          [city.partnershipId],
        );
        const ids = rows.map((row) => row.id);
        await client.query(
          `select d.*, u.display_name from review_decision d
             left join app_user u on u.id = d.reviewer_id
            where d.version_id = any($1) order by d.created_at, d.id`,
          [ids],
        );
        await client.query(
          `select c.*, u.display_name from review_comment c
             left join app_user u on u.id = c.author_id
            where c.version_id = any($1) order by c.created_at, c.id`,
          [ids],
        );
      },
    },
  },
  {
    name: 'progress update (mutation)',
    tenantScoped: true,
    keyRead: false,
    call: (run, i) => {
      const city = pick(run.cities, i);
      return {
        query: PROGRESS,
        variables: {
          input: { commitmentId: pick(city.commitmentIds, i), progress: 10 + (i % 90) },
        },
        ...asCoordinator(city),
      };
    },
    floor: {
      describe: 'the commitment locked, an entry of its history, the commitment updated',
      scope: (run, i) => coordinatorScope(pick(run.cities, i)),
      run: async (client, run, i) => {
        const city = pick(run.cities, i);
        const id = pick(city.commitmentIds, i);
        const { rows } = await client.query<{ status: string }>(
          `select * from commitment where id = $1 for update`,
          [id],
        );
        await client.query(
          `insert into commitment_update (id, created_at, updated_at, tenant_id, commitment_id,
             author_id, progress, status, evidence, rolled_up)
           values (gen_random_uuid(), now(), now(), $1, $2, $3, $4, $5, '{}', false)`,
          [city.id, id, city.coordinatorUserId, 10 + (i % 90), rows[0].status],
        );
        await client.query(
          `update commitment set progress = $2, last_update_at = now(), updated_at = now()
            where id = $1`,
          [id, 10 + (i % 90)],
        );
      },
    },
  },
];

function coordinatorScope(city: BenchCity): FloorScope {
  return { token: city.coordinatorToken, tenantSlug: city.slug };
}
