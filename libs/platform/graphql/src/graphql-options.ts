import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request } from 'express';
import type { GraphQLSchema } from 'graphql';
import { compiledExecutionPlugin, type FormatError } from './compiled-execution.plugin';
import { withComputedFields } from './computed-field';
import { formatError } from './error-formatting';
import type { OperationContext } from './operation-context';
import { operationPlugin } from './operation.plugin';

export interface GraphqlOptionsInput {
  isProduction: boolean;
  /** Where the generated SDL is written, for review in pull requests; in memory when omitted. */
  schemaFile?: string;
  createContext: (req: Request) => OperationContext;
  /** The application's own changes to the built schema, after the computed fields. */
  transformSchema?: (schema: GraphQLSchema) => GraphQLSchema;
}

export function graphqlOptions(input: GraphqlOptionsInput): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: 10 },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    maxTokens: { n: 2000 },
    costLimit: { maxCost: 5000 },
    blockFieldSuggestion: { enabled: input.isProduction },
  }).protect();
  const shapeError: FormatError = (formatted, raw) =>
    formatError(formatted, raw, !input.isProduction);
  return {
    path: '/graphql',
    autoSchemaFile: input.schemaFile ?? true,
    sortSchema: true,
    playground: false,
    introspection: !input.isProduction,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    validationRules: armor.validationRules,
    // Nothing here is cached by HTTP caches (every answer depends on who asks); the default cache
    // control plugin would still wrap every field's resolver, for a list of 1,000 cities 10,000
    // times.
    plugins: [
      ...armor.plugins,
      operationPlugin,
      compiledExecutionPlugin(shapeError),
      ApolloServerPluginCacheControlDisabled(),
    ],
    transformSchema: (schema) => {
      const computed = withComputedFields(schema);
      return input.transformSchema ? input.transformSchema(computed) : computed;
    },
    context: ({ req }: { req: Request }) => input.createContext(req),
    formatError: shapeError,
  };
}
