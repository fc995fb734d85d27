import { BadRequestException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { AppError } from './app-error';
import { formatError } from './error-formatting';
import { graphqlOptions } from './graphql-options';

const formatted = (message: string) => ({ message, path: ['field'] });

describe('formatError', () => {
  it('gives a business error its code, reason and every translation', () => {
    const error = new AppError('CONFLICT', 'TENANT_SLUG_TAKEN', { fr: 'Pris.', en: 'Taken.' });
    expect(
      formatError(formatted('x'), new GraphQLError('x', { originalError: error }), false),
    ).toEqual({
      message: 'Taken.',
      path: ['field'],
      locations: undefined,
      extensions: {
        code: 'CONFLICT',
        reason: 'TENANT_SLUG_TAKEN',
        i18n: { fr: 'Pris.', en: 'Taken.' },
      },
    });
  });

  it('lists the broken validation rules under BAD_USER_INPUT', () => {
    const error = new BadRequestException({ message: ['email must be an email'] });
    expect(formatError(formatted('Bad Request'), error, false).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      details: { violations: ['email must be an email'] },
    });
  });

  it('hides what an unexpected error says in production', () => {
    const error = new Error('duplicate key value violates unique constraint "secret_index"');
    const hidden = formatError(formatted(error.message), error, false);
    expect(hidden.message).not.toContain('secret_index');
    expect(hidden.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(formatError(formatted(error.message), error, true).message).toContain('secret_index');
  });
});

describe('graphqlOptions', () => {
  const options = (isProduction: boolean) =>
    graphqlOptions({ isProduction, createContext: () => ({}) as never });

  it('turns introspection off in production and keeps CSRF prevention on everywhere', () => {
    expect(options(true)).toMatchObject({ introspection: false, csrfPrevention: true });
    expect(options(false)).toMatchObject({ introspection: true, csrfPrevention: true });
    expect(options(true).includeStacktraceInErrorResponses).toBe(false);
  });
});
