import { sampleCities, type DatasetCity, type DatasetManifest } from './manifest';
import type { BenchCity, GraphqlCall, RunContext } from './operations';

interface Response<T> {
  data?: T;
  errors?: unknown[];
  extensions?: { sqlStatements?: number };
}

async function post<T>(url: string, call: GraphqlCall): Promise<Response<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(call.token ? { authorization: `Bearer ${call.token}` } : {}),
      ...(call.tenant ? { 'x-tenant': call.tenant } : {}),
    },
    body: JSON.stringify({ query: call.query, variables: call.variables }),
  });
  const body = (await response.json()) as Response<T>;
  if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors ?? body));
  return body;
}

const signIn = async (url: string, email: string, password: string) => {
  const { data } = await post<{ signIn: { accessToken: string } }>(url, {
    query: `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`,
    variables: { input: { email, password } },
    token: null,
    tenant: null,
  });
  return data!.signIn.accessToken;
};

/**
 * Signs in the coordinators of cities spread over the dataset, the plan authors of learner cities
 * of pairs, and the network operator.
 */
export async function openRun(
  url: string,
  manifest: DatasetManifest,
  count: number,
): Promise<RunContext> {
  const cities: BenchCity[] = [];
  const learners = sampleCities(
    manifest.cities.filter((city) => city.pairSide === 'learner'),
    Math.max(1, Math.ceil(count / 2)),
  );
  for (const city of sampleCities(manifest.cities, count)) {
    cities.push(await signedIn(url, manifest, city, false));
  }
  const run = {
    cities,
    learners: [] as BenchCity[],
    operatorToken: await signIn(url, manifest.operator.email, manifest.password),
    password: manifest.password,
  };
  for (const city of learners) run.learners.push(await signedIn(url, manifest, city, true));
  if (!run.learners.length) throw new Error('The dataset has no learner city of a pair');
  return run;
}

async function signedIn(
  url: string,
  manifest: DatasetManifest,
  city: DatasetCity,
  asLearner: boolean,
): Promise<BenchCity> {
  const coordinatorToken = await signIn(url, city.coordinatorEmail, manifest.password);
  const { data } = await post<{ me: { id: string } }>(url, {
    query: `{ me { id } }`,
    variables: {},
    token: coordinatorToken,
    tenant: city.slug,
  });
  return {
    ...city,
    coordinatorToken,
    coordinatorUserId: data!.me.id,
    authorToken:
      asLearner && city.authorEmail ? await signIn(url, city.authorEmail, manifest.password) : null,
  };
}

/** The SQL statements of one call, as the API counts them (SQL_STATEMENT_STATS). */
export async function statementsOf(url: string, call: GraphqlCall): Promise<number> {
  const { extensions } = await post(url, call);
  if (typeof extensions?.sqlStatements !== 'number') {
    throw new Error('The API did not count its statements: SQL_STATEMENT_STATS is off');
  }
  return extensions.sqlStatements;
}
