import {
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { mergeMap, type Observable } from 'rxjs';
import type { RequestContext } from '@inclusion/identity';
import { AuditService, affectedIds } from './audit.service';

/** Records every successful mutation in the audit log, inside the mutation's own transaction. */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(private readonly audit: AuditService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (info.parentType.name !== 'Mutation') return next.handle();
    const ctx = gql.getContext<RequestContext>();
    return next.handle().pipe(
      mergeMap(async (result: unknown) => {
        const ids = affectedIds(gql.getArgs(), result, ctx.audit.affectedIds);
        await this.audit.record(ctx, info.fieldName, ids);
        return result;
      }),
    );
  }
}
