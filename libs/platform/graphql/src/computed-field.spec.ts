import {
  execute,
  GraphQLBoolean,
  GraphQLList,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
} from 'graphql';
import { withComputedFields, type ComputedResolver } from './computed-field';

interface Row {
  id: string;
  dueDate: string;
}

const late: ComputedResolver<Row, { today: string }> = (row, ctx) => row.dueDate < ctx.today;
const later: ComputedResolver<Row, { today: string }> = async (row, ctx) => row.dueDate > ctx.today;

const schema = () =>
  new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        rows: {
          type: new GraphQLList(
            new GraphQLObjectType({
              name: 'Row',
              fields: {
                id: { type: GraphQLString },
                late: { type: GraphQLBoolean, extensions: { computedBy: late } },
                later: { type: GraphQLBoolean, extensions: { computedBy: later } },
              },
            }),
          ),
          resolve: (): Row[] => [
            { id: 'a', dueDate: '2026-01-01' },
            { id: 'b', dueDate: '2027-01-01' },
          ],
        },
      },
    }),
  });

describe('computed fields', () => {
  const context = { today: '2026-06-01' };

  it('are resolved by their function from the row and the context', async () => {
    const result = await execute({
      schema: withComputedFields(schema()),
      document: parse('{ rows { id late later } }'),
      contextValue: context,
    });
    expect(result).toEqual({
      data: {
        rows: [
          { id: 'a', late: true, later: false },
          { id: 'b', late: false, later: true },
        ],
      },
    });
  });

  it('leave a list that needs no promise to complete at once', () => {
    const result = execute({
      schema: withComputedFields(schema()),
      document: parse('{ rows { id late } }'),
      contextValue: context,
    });
    expect(result).not.toBeInstanceOf(Promise);
    expect(result).toEqual({
      data: {
        rows: [
          { id: 'a', late: true },
          { id: 'b', late: false },
        ],
      },
    });
  });

  it('are not resolved at all without the schema transform', () => {
    const result = execute({
      schema: schema(),
      document: parse('{ rows { late } }'),
      contextValue: context,
    });
    expect(result).toEqual({ data: { rows: [{ late: null }, { late: null }] } });
  });
});
