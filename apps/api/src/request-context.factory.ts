import type { Request } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { OperationUnit } from '@inclusion/database';
import { localeFromAcceptLanguage, pickLocale } from '@inclusion/i18n';
import { RequestContext } from '@inclusion/identity';

export function createRequestContext(orm: MikroORM, req: Request): RequestContext {
  // The operation plugin ends the transaction once the result is ready, even when the client has
  // gone; ending it earlier, on a closed socket, would let the rest of the operation run unscoped.
  const unit = new OperationUnit(orm);
  return new RequestContext(
    req,
    pickLocale(localeFromAcceptLanguage(req.header('accept-language'))),
    unit,
  );
}
