import { buildSchema, graphql, type GraphQLSchema } from 'graphql';
import type { RequestContext } from '@inclusion/identity';
import { auditedMutations } from './audited-mutations';
import type { AuditService } from './audit.service';

const ID = '0193a5f4-7b1e-7c3a-9d2f-2b6c8e1a4f00';

describe('auditedMutations', () => {
  const recorded: { operation: string; ids: string[] }[] = [];
  const audit = {
    record: async (_ctx: RequestContext, operation: string, ids: string[]) => {
      recorded.push({ operation, ids });
    },
  } as AuditService;
  let schema: GraphQLSchema;

  beforeEach(() => {
    recorded.length = 0;
    schema = buildSchema(`
      type Thing { id: ID! }
      type Query { thing: Thing }
      type Mutation { rename(id: ID!): Thing, refuse(id: ID!): Thing, fail(id: ID!): Thing }
    `);
    const fields = schema.getMutationType()!.getFields();
    fields.rename.resolve = (_source, args: { id: string }) => ({ id: args.id });
    // What a Nest exception filter hands back: the failure as the field's value.
    fields.refuse.resolve = () => new Error('refused');
    fields.fail.resolve = () => Promise.reject(new Error('failed'));
    schema.getQueryType()!.getFields().thing.resolve = () => ({ id: ID });
    schema = auditedMutations(audit)(schema);
  });

  const run = (source: string) =>
    graphql({ schema, source, contextValue: { audit: { affectedIds: new Set<string>() } } });

  it('records a successful mutation with the ids it was given and returned', async () => {
    const result = await run(`mutation { rename(id: "${ID}") { id } }`);
    expect(result).toEqual({ data: { rename: { id: ID } } });
    expect(recorded).toEqual([{ operation: 'rename', ids: [ID] }]);
  });

  it('records neither a failure handed back nor one thrown, nor a query', async () => {
    const refused = await run(`mutation { refuse(id: "${ID}") { id } }`);
    const failed = await run(`mutation { fail(id: "${ID}") { id } }`);
    const read = await run(`{ thing { id } }`);
    expect(refused.errors?.[0].message).toBe('refused');
    expect(failed.errors?.[0].message).toBe('failed');
    expect(read.data).toEqual({ thing: { id: ID } });
    expect(recorded).toEqual([]);
  });
});
