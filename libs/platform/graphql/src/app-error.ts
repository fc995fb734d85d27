import { IntrinsicException } from '@nestjs/common';
import type { Translated } from '@inclusion/i18n';

/** The codes a client switches on; stable across releases. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR';

/**
 * A failure the person should understand. `code` is the broad class; `reason` names the exact rule
 * (TENANT_ARCHIVED, INVALID_CREDENTIALS...) so clients can react without parsing text. An expected
 * outcome, not a fault: Nest does not log intrinsic exceptions as errors.
 */
export class AppError extends IntrinsicException {
  constructor(
    readonly code: ErrorCode,
    readonly reason: string,
    readonly messages: Translated,
    readonly details?: Record<string, unknown>,
  ) {
    super(messages.en);
    this.name = 'AppError';
  }
}

export const notFound = (reason = 'NOT_FOUND'): AppError =>
  new AppError('NOT_FOUND', reason, {
    fr: "Cet élément n'existe pas ou n'est pas accessible.",
    en: 'This item does not exist or is not accessible.',
  });

export const forbidden = (reason = 'FORBIDDEN'): AppError =>
  new AppError('FORBIDDEN', reason, {
    fr: "Vous n'avez pas les droits pour cette action.",
    en: 'You are not allowed to do this.',
  });

export const unauthenticated = (reason = 'UNAUTHENTICATED'): AppError =>
  new AppError('UNAUTHENTICATED', reason, {
    fr: 'Veuillez vous connecter.',
    en: 'Please sign in.',
  });
