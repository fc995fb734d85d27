import type { Request } from 'express';
import type { OperationUnit } from '@inclusion/database';
import type { Locale } from '@inclusion/i18n';

/** What every GraphQL operation carries: who asked, in which language, and its transaction. */
export interface OperationContext {
  req: Request;
  locale: Locale;
  unit: OperationUnit;
}
