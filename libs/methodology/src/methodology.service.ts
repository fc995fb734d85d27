import { Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { invalidTemplate, templateNotFound, templateVersionTaken } from './methodology.errors';
import { templateProblems, type TemplateDefinition } from './template-definition.schema';
import { TemplateVersion } from './template-version.entity';

export type TemplateDraft = Omit<TemplateDefinition, 'version'>;

@Injectable()
export class MethodologyService {
  list(em: EntityManager, filter: { key?: string | null; latestOnly?: boolean | null }) {
    return em
      .find(TemplateVersion, filter.key ? { key: filter.key } : {}, {
        orderBy: { key: 'asc', version: 'desc' },
      })
      .then((versions) =>
        filter.latestOnly
          ? versions.filter((v, i) => i === 0 || versions[i - 1].key !== v.key)
          : versions,
      );
  }

  async get(em: EntityManager, id: string): Promise<TemplateVersion> {
    const version = await em.findOne(TemplateVersion, { id });
    if (!version) throw templateNotFound();
    return version;
  }

  /** A new version of a methodology, numbered after the last; running editions keep theirs. */
  async publish(
    em: EntityManager,
    draft: TemplateDraft,
    publishedBy: string,
  ): Promise<TemplateVersion> {
    const last = await em.findOne(
      TemplateVersion,
      { key: draft.key },
      { orderBy: { version: 'desc' } },
    );
    const definition = { ...draft, version: (last?.version ?? 0) + 1 };
    const problems = templateProblems(definition);
    if (problems.length) throw invalidTemplate(problems);
    const version = em.create(TemplateVersion, {
      key: definition.key,
      version: definition.version,
      definition,
      publishedBy,
    });
    try {
      await em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw templateVersionTaken();
      throw error;
    }
    return version;
  }
}
