import { BadRequestException, HttpException } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import type { Translated } from '@inclusion/i18n';
import { AppError, type ErrorCode } from './app-error';

const INTERNAL: Translated = {
  fr: 'Une erreur inattendue est survenue. Réessayez plus tard.',
  en: 'Something went wrong. Please try again later.',
};

const INVALID_INPUT: Translated = {
  fr: 'Certaines informations saisies ne sont pas valides.',
  en: 'Some of the information given is not valid.',
};

/** Codes that graphql-js, Apollo and graphql-armor already set and that clients may rely on. */
const PASSTHROUGH_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

export interface FormattedErrorWithTranslations extends GraphQLFormattedError {
  extensions: GraphQLFormattedError['extensions'] & { code: string; i18n?: Translated };
}

function unwrap(error: unknown): unknown {
  return error instanceof GraphQLError && error.originalError ? error.originalError : error;
}

function validationFields(exception: BadRequestException): string[] {
  const body = exception.getResponse() as { message?: unknown };
  const messages = Array.isArray(body.message) ? body.message : [body.message];
  return messages.filter((m): m is string => typeof m === 'string');
}

/**
 * The one place errors get their public shape: a stable `extensions.code`, a `reason`, and the
 * message in every locale (the locale plugin keeps the reader's). Nothing internal leaks.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  raw: unknown,
  exposeInternals: boolean,
): FormattedErrorWithTranslations {
  const error = unwrap(raw);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (error instanceof AppError) {
    return {
      ...base,
      message: error.messages.en,
      extensions: {
        code: error.code,
        reason: error.reason,
        ...(error.details ? { details: error.details } : {}),
        i18n: error.messages,
      },
    };
  }
  if (error instanceof BadRequestException) {
    return {
      ...base,
      message: INVALID_INPUT.en,
      extensions: {
        code: 'BAD_USER_INPUT' satisfies ErrorCode,
        reason: 'INVALID_INPUT',
        details: { violations: validationFields(error) },
        i18n: INVALID_INPUT,
      },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASSTHROUGH_CODES.has(code)) {
    return { ...base, extensions: { code } };
  }
  if (error instanceof HttpException && error.getStatus() < 500) {
    return {
      ...base,
      message: INVALID_INPUT.en,
      extensions: { code: 'BAD_USER_INPUT' satisfies ErrorCode, i18n: INVALID_INPUT },
    };
  }
  return {
    ...base,
    message: exposeInternals && error instanceof Error ? error.message : INTERNAL.en,
    extensions: { code: 'INTERNAL_SERVER_ERROR' satisfies ErrorCode, i18n: INTERNAL },
  };
}
