import { registerEnumType } from '@nestjs/graphql';

const upperSnake = (value: string): string => value.replace(/[^a-z0-9]+/gi, '_').toUpperCase();

/**
 * Registers a string enum for GraphQL with conventional UPPER_SNAKE names whose internal values
 * are the stored strings ('local_actor' is LOCAL_ACTOR to clients). Use the returned object in
 * `@Field(() => ...)`.
 */
export function graphqlEnum<E extends Record<string, string>>(
  source: E,
  name: string,
  description?: string,
): Record<string, E[keyof E]> {
  const values = Object.fromEntries(
    Object.values(source).map((value) => [upperSnake(value), value]),
  ) as Record<string, E[keyof E]>;
  registerEnumType(values, { name, description });
  return values;
}
