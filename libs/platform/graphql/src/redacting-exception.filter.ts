import {
  Catch,
  HttpException,
  Logger,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import type { Response } from 'express';
import { AppError } from './app-error';

interface DriverFailure {
  code?: string;
  table?: string;
  constraint?: string;
  routine?: string;
}

/**
 * What an unexpected failure leaves in the logs: its kind and the database's own codes, never its
 * message. A driver error's message holds the SQL with its values (names, addresses, nationalities)
 * and PostgreSQL quotes bad input back, so the message is the one thing not to write.
 */
export function redactedFailure(error: unknown): string {
  if (!(error instanceof Error)) return `non-error thrown (${typeof error})`;
  const failure = error as Error & DriverFailure;
  const facts = (['code', 'table', 'constraint', 'routine'] as const)
    .filter((key) => typeof failure[key] === 'string')
    .map((key) => `${key}=${failure[key]}`);
  return [error.name, ...facts].join(' ');
}

/**
 * Catches what resolvers and controllers throw, so that Nest's default handler does not log the
 * raw error. Expected errors (AppError, HTTP errors) pass through untouched and unlogged; GraphQL
 * formats every error for the client afterwards.
 */
@Catch()
export class RedactingExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('UnexpectedError');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    const expected = exception instanceof AppError || exception instanceof HttpException;
    if (!expected) this.logger.error(redactedFailure(exception));
    if (host.getType<string>() === 'graphql') return exception;
    const response = host.switchToHttp().getResponse<Response>();
    if (exception instanceof HttpException) {
      response.status(exception.getStatus()).json(exception.getResponse());
    } else {
      response.status(500).json({ statusCode: 500, message: 'Internal server error' });
    }
    return undefined;
  }
}
