import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { keysetPage, type Page, type PageArgs } from '@inclusion/graphql';
import { Tenant, TenantStatus } from './tenant.entity';
import { tenantSlugTaken } from './tenancy.errors';

export interface TenantDraft {
  name: string;
  slug: string;
  country: string;
  kind: Tenant['kind'];
  defaultLocale: Tenant['defaultLocale'];
  timeZone: string;
}

export interface TenantSearch {
  search?: string | null;
  status?: TenantStatus | null;
}

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

@Injectable()
export class TenantService {
  findBySlug(em: EntityManager, slug: string): Promise<Tenant | null> {
    return em.findOne(Tenant, { slug: slug.toLowerCase() });
  }

  findById(em: EntityManager, id: string): Promise<Tenant | null> {
    return em.findOne(Tenant, { id });
  }

  async create(em: EntityManager, draft: TenantDraft): Promise<Tenant> {
    const slug = draft.slug.toLowerCase();
    if (await em.count(Tenant, { slug })) throw tenantSlugTaken(slug);
    const tenant = em.create(Tenant, {
      ...draft,
      slug,
      country: draft.country.toUpperCase(),
      status: TenantStatus.Onboarding,
    });
    await em.flush();
    return tenant;
  }

  /** Sorted by name, so an operator finds a city where they expect it. */
  list(em: EntityManager, filter: TenantSearch, page: PageArgs): Promise<Page<Tenant>> {
    const where: Record<string, unknown> = {};
    if (filter.status) where.status = filter.status;
    const text = filter.search?.trim();
    if (text) {
      const pattern = `%${escapeLike(text)}%`;
      where.$or = [{ name: { $ilike: pattern } }, { slug: { $ilike: pattern } }];
    }
    return keysetPage(em, Tenant, where, page, {
      field: 'name',
      direction: 'asc',
      keyOf: (tenant) => tenant.name,
    });
  }
}
