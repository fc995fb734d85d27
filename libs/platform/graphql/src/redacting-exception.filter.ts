import {
  Catch,
  HttpException,
  Logger,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import type { Response } from 'express';
import { redactedFailure } from '@inclusion/database';
import { AppError } from './app-error';

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
