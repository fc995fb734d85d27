import { ApolloServer, type GraphQLResponse } from '@apollo/server';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { compiledExecutionPlugin, type FormatError } from './compiled-execution.plugin';

/** Compiled execution answers exactly as Apollo's own: the same servers, with and without it. */
describe('compiled execution', () => {
  const typeDefs = `#graphql
    scalar Day
    enum Status { OPEN DONE }
    type Item { id: ID! title(upper: Boolean = false): String! due: Day tags: [String!]! status: Status! }
    type Query {
      items(first: Int!, status: Status): [Item!]!
      failing: String
      failingNonNull: String!
      returnedError: String
      coded: String
      executed: Int!
    }
    type Mutation { bump: Int! }
  `;
  let executed = 0;
  let bumps = 0;
  // Apollo starts executing only where no plugin answered the operation.
  let executedByApollo = 0;
  const items = [
    {
      id: '1',
      title: 'Ouvrir',
      due: new Date('2026-12-01T00:00:00Z'),
      tags: ['a'],
      status: 'OPEN',
    },
    { id: '2', title: 'Fermer', due: null, tags: [], status: 'DONE' },
  ];
  const resolvers = {
    Day: new GraphQLScalarType({
      name: 'Day',
      serialize: (value) => (value as Date).toISOString().slice(0, 10),
      parseValue: (value) => new Date(String(value)),
      parseLiteral: (ast) => (ast.kind === Kind.STRING ? new Date(ast.value) : null),
    }),
    Item: {
      title: (item: { title: string }, args: { upper: boolean }) =>
        args.upper ? item.title.toUpperCase() : item.title,
    },
    Query: {
      items: (_: unknown, args: { first: number; status?: string }) =>
        Promise.resolve(
          items.filter((item) => !args.status || item.status === args.status).slice(0, args.first),
        ),
      failing: () => {
        throw new Error('database password leaked here');
      },
      failingNonNull: () => Promise.reject(new Error('gone')),
      returnedError: () => new Error('returned, not thrown'),
      coded: () => {
        throw new GraphQLError('Not here', { extensions: { code: 'NOT_FOUND', reason: 'X' } });
      },
      executed: () => ++executed,
    },
    Mutation: { bump: () => ++bumps },
  };
  // As the API's: a stable code, no internal message.
  const formatError: FormatError = (formatted) => ({
    message: formatted.extensions?.code === 'INTERNAL_SERVER_ERROR' ? 'Hidden' : formatted.message,
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: formatted.extensions?.code },
  });
  const servers = {
    apollo: new ApolloServer({ typeDefs, resolvers, formatError }),
    compiled: new ApolloServer({
      typeDefs,
      resolvers,
      formatError,
      plugins: [
        compiledExecutionPlugin(formatError),
        {
          requestDidStart: async () => ({ executionDidStart: async () => void executedByApollo++ }),
        },
      ],
    }),
  };
  beforeAll(() => Promise.all(Object.values(servers).map((server) => server.start())));
  afterAll(() => Promise.all(Object.values(servers).map((server) => server.stop())));

  const answer = async (server: ApolloServer, query: string, variables?: object) => {
    const response: GraphQLResponse = await server.executeOperation({ query, variables });
    if (response.body.kind !== 'single') throw new Error('A single result was expected');
    return { status: response.http.status, result: response.body.singleResult };
  };
  const bothAnswer = async (query: string, variables?: object) => {
    const apollo = await answer(servers.apollo, query, variables);
    const compiled = await answer(servers.compiled, query, variables);
    // The same JSON, property order included: clients diff and cache on it.
    expect(JSON.stringify(compiled)).toEqual(JSON.stringify(apollo));
    return compiled;
  };

  it.each([
    [
      'lists, arguments, aliases, fragments and a custom scalar',
      `query($n: Int!) { items(first: $n) { ...parts shout: title(upper: true) } }
       fragment parts on Item { id title due tags status }`,
      { n: 2 },
    ],
    ['an enum variable', `query($s: Status) { items(first: 5, status: $s) { id } }`, { s: 'DONE' }],
    ['a thrown error, hidden', `{ failing items(first: 1) { id } }`, undefined],
    ['a rejected non-null field, nulling its parent', `{ failingNonNull }`, undefined],
    ['an error returned as the value', `{ returnedError }`, undefined],
    ['an error with its own code', `{ coded }`, undefined],
    ['variables that do not coerce', `query($n: Int!) { items(first: $n) { id } }`, { n: 'two' }],
    [
      'a value outside the enum',
      `query($s: Status) { items(first: 1, status: $s) { id } }`,
      { s: 'X' },
    ],
    ['a missing variable', `query($n: Int!) { items(first: $n) { id } }`, {}],
  ])('answers %s as Apollo does', async (_case, query, variables) => {
    const before = executedByApollo;
    const { status } = await bothAnswer(query, variables);
    // Compiled, except where the variables do not coerce: Apollo answers those itself.
    expect(executedByApollo - before).toBe(status === 400 ? 1 : 0);
  });

  it('refuses variables that do not coerce with status 400, as Apollo does', async () => {
    const { status, result } = await bothAnswer(`query($n: Int!) { items(first: $n) { id } }`, {
      n: 'two',
    });
    expect(status).toBe(400);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("runs each resolver once per request, and a mutation's fields one after the other", async () => {
    const before = executed;
    for (let i = 0; i < 3; i++) await answer(servers.compiled, `{ executed }`);
    expect(executed).toBe(before + 3);
    const bumped = bumps;
    await answer(servers.compiled, `mutation { a: bump b: bump }`);
    expect(bumps).toBe(bumped + 2);
  });
});
