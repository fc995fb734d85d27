import { Entity, Index, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { newId } from '@inclusion/database';
import type { TemplateDefinition } from './template-definition.schema';

/**
 * One published version of a methodology. Platform data, shared by every tenant; a version never
 * changes once published, so an edition keeps the one it started with.
 */
@Entity({ tableName: 'methodology_template_version' })
@Unique({ properties: ['key', 'version'] })
export class TemplateVersion {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @Index()
  @Property({ type: 'text' })
  key!: string;

  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'json' })
  definition!: TemplateDefinition;

  /** Shipped with the platform (a file in the repository) rather than published through the API. */
  @Property({ type: 'boolean' })
  builtIn: Opt<boolean> = false;

  @Property({ type: 'uuid', nullable: true })
  publishedBy?: string | null;

  @Property({ type: 'datetime' })
  publishedAt: Opt<Date> = new Date();
}
