import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { keysetPage, type Page, type PageArgs } from '@inclusion/graphql';
import type { RequestContext } from '@inclusion/identity';
import { AuditEntry } from './audit-entry.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The ids a mutation touched: those it was given, those it returns, those the services noted. */
export function affectedIds(args: unknown, result: unknown, noted: Iterable<string>): string[] {
  const ids = new Set(noted);
  const visit = (value: unknown, depth: number) => {
    if (depth > 3 || value === null || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if ((key === 'id' || key.endsWith('Id')) && typeof inner === 'string' && UUID.test(inner)) {
        ids.add(inner.toLowerCase());
      } else if (typeof inner === 'object') visit(inner, depth + 1);
    }
  };
  visit(args, 0);
  if (result && typeof result === 'object' && 'id' in result && typeof result.id === 'string') {
    ids.add(result.id);
  }
  return [...ids];
}

@Injectable()
export class AuditService {
  /** Written in the operation's transaction: the entry exists if and only if the change does. */
  async record(ctx: RequestContext, operation: string, ids: string[]): Promise<void> {
    ctx.em.create(AuditEntry, {
      tenantId: ctx.unit.tenantId,
      actorId: ctx.audit.actorId,
      operation,
      affectedIds: ids,
    });
    await ctx.em.flush();
  }

  list(
    em: EntityManager,
    filter: { tenantId?: string | null; operation?: string | null },
    page: PageArgs,
  ): Promise<Page<AuditEntry>> {
    const where: Record<string, unknown> = {};
    if (filter.tenantId) where.tenantId = filter.tenantId;
    if (filter.operation) where.operation = filter.operation;
    return keysetPage(em, AuditEntry, where, page, {
      field: 'id',
      direction: 'desc',
      keyOf: (entry) => entry.id,
    });
  }
}
