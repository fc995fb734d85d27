import { Extensions } from '@nestjs/graphql';
import { isObjectType, type GraphQLSchema } from 'graphql';

const COMPUTED_BY = 'computedBy';

/** Computes a field from the row it belongs to; a value when it can, a promise when it must. */
export type ComputedResolver<TSource = never, TContext = never> = (
  source: TSource,
  context: TContext,
) => unknown;

/*
 * Why not Nest field middleware: Nest wraps such a field in async functions, so each costs a few
 * promises, and a row with one such field completes as a promise too. A list of fifty commitments
 * with four computed fields each spent more on that than on its query.
 */

/**
 * Declares, beside its `@Field`, the function graphql-js calls itself to resolve the field. The
 * function answers synchronously when what it needs was read already (a city's rules, names read
 * with the page), so that a whole list completes without a promise.
 */
export const ComputedBy = <TSource, TContext>(resolve: ComputedResolver<TSource, TContext>) =>
  Extensions({ [COMPUTED_BY]: resolve });

/** Installs the computed fields' functions in the built schema (its `transformSchema`). */
export function withComputedFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.extensions[COMPUTED_BY] as
        ComputedResolver<unknown, unknown> | undefined;
      if (resolve) field.resolve = (source, _args, context) => resolve(source, context);
    }
  }
  return schema;
}
