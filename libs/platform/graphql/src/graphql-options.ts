import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request } from 'express';
import { formatError } from './error-formatting';
import type { OperationContext } from './operation-context';
import { operationPlugin } from './operation.plugin';

export interface GraphqlOptionsInput {
  isProduction: boolean;
  /** Where the generated SDL is written, for review in pull requests; in memory when omitted. */
  schemaFile?: string;
  createContext: (req: Request) => OperationContext;
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
    plugins: [...armor.plugins, operationPlugin],
    context: ({ req }: { req: Request }) => input.createContext(req),
    formatError: (formatted, raw) => formatError(formatted, raw, !input.isProduction),
  };
}
