import type { Request, Response } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { OperationUnit } from '@inclusion/database';
import { localeFromAcceptLanguage, pickLocale } from '@inclusion/i18n';
import { RequestContext } from '@inclusion/identity';

export function createRequestContext(orm: MikroORM, req: Request, res: Response): RequestContext {
  const unit = new OperationUnit(orm);
  // A client that goes away mid-operation must not leave its transaction holding a connection.
  res.once('close', () => void unit.rollback().catch(() => undefined));
  return new RequestContext(
    req,
    pickLocale(localeFromAcceptLanguage(req.header('accept-language'))),
    unit,
  );
}
