import type { Manifest, ManifestCity } from './generate';

/**
 * The application's own reads of a generated dataset, over GraphQL as a client makes them: the
 * coordinator's edition and "what's next", commitments and dashboard, cohort figures and
 * indicators; the network operator's follow-up; the public page; the mentoring pair's plan
 * versions, threads and difference, as the mentor's reviewer and as the learner's author. Each
 * read is checked against what the generator wrote; the lines returned say what came back.
 */

type Vars = Record<string, unknown>;

interface Session {
  token: string;
  tenant: string | null;
}

class Api {
  constructor(private readonly url: string) {}

  async call<T>(query: string, variables: Vars = {}, session?: Session): Promise<T> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (session) headers.authorization = `Bearer ${session.token}`;
    if (session?.tenant) headers['x-tenant'] = session.tenant;
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length || !body.data) {
      throw new Error(`GraphQL failed: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
    }
    return body.data;
  }

  async signIn(email: string, password: string, tenant: string | null): Promise<Session> {
    const { signIn } = await this.call<{ signIn: { accessToken: string } }>(
      `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`,
      { input: { email, password } },
    );
    return { token: signIn.accessToken, tenant };
  }
}

function expect(condition: boolean, message: string): void {
  if (!condition) throw new Error(`Read check failed: ${message}`);
}

const FIGURES = `recommendations submitted answered accepted overdue stale averageProgress
  commitments { total notStarted inProgress done delayed abandoned }`;

interface Figures {
  recommendations: number;
  submitted: number;
  answered: number;
  accepted: number;
  overdue: number;
  stale: number;
  averageProgress: number | null;
  commitments: {
    total: number;
    notStarted: number;
    inProgress: number;
    done: number;
    delayed: number;
    abandoned: number;
  };
}

async function cityReads(api: Api, manifest: Manifest, city: ManifestCity, lines: string[]) {
  const coordinator = await api.signIn(city.coordinatorEmail, manifest.password, city.slug);
  const { editions } = await api.call<{
    editions: { edges: { node: { id: string; status: string; phases: { status: string }[] } }[] };
  }>(`{ editions { edges { node { id status phases { key status } } } } }`, {}, coordinator);
  const edition = editions.edges[0]?.node;
  expect(editions.edges.length === 1 && edition.id === city.editionId, 'the city has its edition');
  expect(
    edition.status === 'RUNNING' && edition.phases.length === 8,
    'a running edition, 8 phases',
  );
  const { whatsNext } = await api.call<{
    whatsNext: {
      latePhases: unknown[];
      openDeliverables: { key: string }[];
      upcomingActivities: { title: string }[];
    };
  }>(
    `query($input: WhatsNextInput!) { whatsNext(input: $input) {
       latePhases { key } openDeliverables { key } upcomingActivities { title startsAt } } }`,
    { input: { editionId: city.editionId } },
    coordinator,
  );
  expect(whatsNext.upcomingActivities.length > 0, "what's next lists the coming activities");
  lines.push(
    `${city.slug}: edition ${edition.status}, ${edition.phases.filter((p) => p.status === 'DONE').length} phases done; ` +
      `what's next: ${whatsNext.latePhases.length} late phases, ${whatsNext.openDeliverables.length} open deliverables ` +
      `(${whatsNext.openDeliverables.map((d) => d.key).join(', ')}), ${whatsNext.upcomingActivities.length} coming activities`,
  );

  let after: string | null = null;
  const commitments: { id: string; externalId: string }[] = [];
  for (;;) {
    const page: {
      commitments: {
        edges: { node: { id: string; externalId: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } = await api.call(
      `query($after: String) { commitments(first: 100, after: $after) {
         edges { node { id externalId status progress dueDate } } pageInfo { hasNextPage endCursor } } }`,
      { after },
      coordinator,
    );
    commitments.push(...page.commitments.edges.map((edge) => edge.node));
    if (!page.commitments.pageInfo.hasNextPage) break;
    after = page.commitments.pageInfo.endCursor;
  }
  const { followUpDashboard: dashboard } = await api.call<{
    followUpDashboard: {
      figures: Figures;
      overdue: unknown[];
      stale: unknown[];
      progressOverTime: { commitments: number; averageProgress: number | null }[];
    };
  }>(
    `{ followUpDashboard(interval: MONTH, points: 6) { figures { ${FIGURES} }
       overdue { id } stale { id } progressOverTime { periodEnd commitments averageProgress } } }`,
    {},
    coordinator,
  );
  const figures = dashboard.figures;
  expect(commitments.length === figures.commitments.total, 'the list and the dashboard agree');
  expect(
    city.commitmentIds.every((id) => commitments.some((c) => c.id === id)),
    "the manifest's commitments are listed",
  );
  expect(dashboard.overdue.length === figures.overdue, 'overdue list and count agree');
  expect(dashboard.stale.length === figures.stale, 'stale list and count agree');
  const c = figures.commitments;
  lines.push(
    `  commitments listed ${commitments.length}; dashboard: ${figures.recommendations} recommendations ` +
      `(${figures.submitted} submitted, ${figures.answered} answered, ${figures.accepted} accepted), ` +
      `${c.total} commitments (${c.notStarted} not started, ${c.inProgress} in progress, ${c.done} done, ` +
      `${c.delayed} delayed, ${c.abandoned} abandoned), average ${figures.averageProgress?.toFixed(1)} %, ` +
      `${figures.overdue} overdue, ${figures.stale} stale; over 6 months: ` +
      dashboard.progressOverTime
        .map((p) => `${p.commitments}@${p.averageProgress?.toFixed(0) ?? '-'}%`)
        .join(' '),
  );

  const { cohortDashboard, editionIndicators } = await api.call<{
    cohortDashboard: {
      cohorts: {
        cohort: string;
        selected: { value: number | null };
        nationalities: { value: number | null };
      }[];
    };
    editionIndicators: {
      indicators: { key: string; share: number | null; respondents: number | null }[];
    };
  }>(
    `query($e: ID!) { cohortDashboard(editionId: $e) { cohorts { cohort selected { value } nationalities { value } } }
       editionIndicators(editionId: $e) { indicators { key share respondents } } }`,
    { e: city.editionId },
    coordinator,
  );
  expect(
    cohortDashboard.cohorts.every((cohort) => cohort.selected.value === 16),
    'sixteen selected per cohort',
  );
  lines.push(
    `  cohorts: ${cohortDashboard.cohorts.map((k) => `${k.cohort} ${k.selected.value} selected`).join(', ')}, ` +
      `${cohortDashboard.cohorts[0].nationalities.value} nationalities; indicators: ` +
      editionIndicators.indicators
        .map(
          (i) =>
            `${i.key} ${i.share === null ? '-' : Math.round(i.share * 100)} % of ${i.respondents}`,
        )
        .join(', '),
  );

  const { publicFollowUp } = await api.call<{
    publicFollowUp: {
      cityName: string;
      counts: { total: number; done: number };
      commitments: { history: unknown[] }[];
    };
  }>(
    `query($city: String!) { publicFollowUp(city: $city, locale: en) { cityName averageProgress
       counts { total done inProgress } commitments { id title history { progress status } } } }`,
    { city: city.slug },
  );
  expect(
    publicFollowUp.commitments.every((p) => p.history.length === 10),
    'public commitments carry their ten entries',
  );
  lines.push(
    `  public page (no sign-in): ${publicFollowUp.cityName}, ${publicFollowUp.counts.total} published commitments, ` +
      `${publicFollowUp.counts.done} done, ${publicFollowUp.commitments.length * 10} history entries`,
  );
  return figures;
}

async function pairReads(
  api: Api,
  manifest: Manifest,
  mentor: ManifestCity,
  learner: ManifestCity,
) {
  const lines: string[] = [];
  const query = `query($p: ID!) { planVersions(partnershipId: $p) { id number stage status
    actions { id title } comments { id authorSide parentId actionId } decisions { decision } } }`;
  type Versions = {
    planVersions: {
      id: string;
      number: number;
      status: string;
      actions: unknown[];
      comments: { parentId: string | null }[];
      decisions: unknown[];
    }[];
  };
  const reviewer = await api.signIn(mentor.reviewerEmail!, manifest.password, mentor.slug);
  const author = await api.signIn(learner.authorEmail!, manifest.password, learner.slug);
  const seen: Record<string, Versions> = {};
  for (const [who, session] of [
    ['reviewer (mentor city)', reviewer],
    ['author (learner city)', author],
  ] as const) {
    const versions = await api.call<Versions>(query, { p: learner.partnershipId }, session);
    seen[who] = versions;
    expect(
      versions.planVersions.map((v) => v.id).join() === learner.planVersionIds.join(),
      `the ${who} reads the three versions`,
    );
  }
  const versions = seen['reviewer (mentor city)'].planVersions;
  const { planDiff } = await api.call<{
    planDiff: { added: unknown[]; removed: unknown[]; changed: unknown[] };
  }>(
    `query($from: ID!, $to: ID!) { planDiff(fromVersionId: $from, toVersionId: $to) {
       added { id } removed { id } changed { id title changes { field before after } } } }`,
    { from: versions[0].id, to: versions[2].id },
    reviewer,
  );
  const comments = versions.reduce((sum, v) => sum + v.comments.length, 0);
  expect(comments === 20, 'twenty review comments');
  lines.push(
    `pair ${mentor.slug} → ${learner.slug}: versions ${versions
      .map(
        (v) =>
          `v${v.number} ${v.status} (${v.actions.length} actions, ${v.comments.length} comments, ${v.decisions.length} decisions)`,
      )
      .join(
        '; ',
      )}; replies ${versions.reduce((sum, v) => sum + v.comments.filter((x) => x.parentId).length, 0)}; ` +
      `diff v1→v3: ${planDiff.added.length} added, ${planDiff.changed.length} changed, ${planDiff.removed.length} removed; ` +
      `same for the learner's author`,
  );
  return lines;
}

/** Runs the reads against the API at `url`; returns the lines that say what they returned. */
export async function checkReads(
  url: string,
  manifest: Manifest,
  cityCount = 2,
): Promise<string[]> {
  const api = new Api(url);
  const lines: string[] = [];
  const cities = manifest.cities.slice(0, cityCount);
  const figures: Figures[] = [];
  for (const city of cities) figures.push(await cityReads(api, manifest, city, lines));

  const operator = await api.signIn(manifest.operator.email, manifest.password, null);
  type NetworkPage = {
    totals: Figures;
    cityCount: number;
    cities: { tenantId: string; commitments: { total: number } }[];
  };
  // The cities come 100 at a time: every page, gathered.
  const networkPage = async (offset: number) =>
    (
      await api.call<{ networkFollowUp: NetworkPage }>(
        `query($offset: Int!) { networkFollowUp(interval: MONTH, points: 6) { totals { ${FIGURES} }
           cityCount cities(first: 100, offset: $offset) { tenantId name commitments { total }
             overdue stale }
           progressOverTime { periodEnd commitments averageProgress } } }`,
        { offset },
        operator,
      )
    ).networkFollowUp;
  const networkFollowUp = await networkPage(0);
  while (networkFollowUp.cities.length < networkFollowUp.cityCount) {
    const more = (await networkPage(networkFollowUp.cities.length)).cities;
    if (!more.length) break;
    networkFollowUp.cities.push(...more);
  }
  expect(networkFollowUp.cities.length === manifest.tenants, 'the operator sees every city');
  for (const [i, city] of cities.entries()) {
    const row = networkFollowUp.cities.find((c) => c.tenantId === city.id);
    expect(
      row?.commitments.total === figures[i].commitments.total,
      `the network agrees on ${city.slug}`,
    );
  }
  const totals = networkFollowUp.totals;
  lines.push(
    `operator: networkFollowUp over ${networkFollowUp.cities.length} cities: ${totals.recommendations} recommendations, ` +
      `${totals.commitments.total} commitments (${totals.commitments.done} done), ${totals.overdue} overdue, ` +
      `${totals.stale} stale, average ${totals.averageProgress?.toFixed(1)} %`,
  );

  const paired = manifest.cities.find((city) => city.partnershipId);
  if (paired) {
    const pair = manifest.cities.filter((city) => city.partnershipId === paired.partnershipId);
    const mentor = pair.find((city) => city.pairSide === 'mentor')!;
    const learner = pair.find((city) => city.pairSide === 'learner')!;
    lines.push(...(await pairReads(api, manifest, mentor, learner)));
  }
  return lines;
}
