import { ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { ACCESS_POLICY } from '@inclusion/identity';
import { startApi, type ApiHarness } from './harness';

const RESOLVER_TYPE = 'graphql:resolver_type';

/** Every query and mutation names who may call it; an operation without a policy would fail open. */
describe('access policies', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  function rootResolvers(): { name: string; policy: unknown }[] {
    const found: { name: string; policy: unknown }[] = [];
    for (const module of api.app.get(ModulesContainer).values()) {
      for (const wrapper of module.providers.values()) {
        const prototype = wrapper.metatype?.prototype as object | undefined;
        if (!prototype || !wrapper.instance) continue;
        for (const key of Object.getOwnPropertyNames(prototype)) {
          // Descriptors, not property reads: some providers have getters with side effects.
          const method = Object.getOwnPropertyDescriptor(prototype, key)?.value as unknown;
          if (typeof method !== 'function') continue;
          const type = Reflect.getMetadata(RESOLVER_TYPE, method as object) as string | undefined;
          if (type !== 'Query' && type !== 'Mutation' && type !== 'Subscription') continue;
          found.push({
            name: `${wrapper.metatype!.name}.${key}`,
            policy: Reflect.getMetadata(ACCESS_POLICY, method as object),
          });
        }
      }
    }
    return found;
  }

  it('finds a policy on every root resolver', () => {
    const resolvers = rootResolvers();
    expect(resolvers.length).toBeGreaterThan(10);
    expect(resolvers.filter((resolver) => !resolver.policy).map((r) => r.name)).toEqual([]);
  });

  it('has walked every operation of the schema', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const operations =
      Object.keys(schema.getQueryType()?.getFields() ?? {}).length +
      Object.keys(schema.getMutationType()?.getFields() ?? {}).length +
      Object.keys(schema.getSubscriptionType()?.getFields() ?? {}).length;
    expect(rootResolvers()).toHaveLength(operations);
  });
});
