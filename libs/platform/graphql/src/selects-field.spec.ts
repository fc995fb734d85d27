import {
  Kind,
  parse,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import { selectsField } from './selects-field';

/** The info a resolver of the operation's first root field would get. */
function infoOf(source: string): GraphQLResolveInfo {
  const document = parse(source);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter(
        (definition): definition is FragmentDefinitionNode =>
          definition.kind === Kind.FRAGMENT_DEFINITION,
      )
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const root = operation.selectionSet.selections[0];
  return { fieldNodes: [root], fragments } as unknown as GraphQLResolveInfo;
}

describe('selectsField', () => {
  it('finds a field at any depth beneath the one resolved', () => {
    const info = infoOf('{ commitments { edges { node { id ownerName } } } }');
    expect(selectsField(info, 'ownerName')).toBe(true);
    expect(selectsField(info, 'stale')).toBe(false);
  });

  it('looks into inline fragments and named fragments, once each', () => {
    const info = infoOf(`
      query { commitments { edges { node { ...Row ... on Commitment { stale } } } } }
      fragment Row on Commitment { id ...Owner }
      fragment Owner on Commitment { ownerName ...Row }
    `);
    expect(selectsField(info, 'ownerName')).toBe(true);
    expect(selectsField(info, 'stale')).toBe(true);
    expect(selectsField(info, 'dueSoon')).toBe(false);
  });

  it('does not count the field resolved itself, nor its siblings', () => {
    const info = infoOf('{ commitments { totalCount } ownerName }');
    expect(selectsField(info, 'commitments')).toBe(false);
    expect(selectsField(info, 'ownerName')).toBe(false);
  });
});
