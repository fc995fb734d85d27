import { Entity, Enum, JsonType, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '@inclusion/database';
import type { Translated } from '@inclusion/i18n';
import { User } from '@inclusion/identity';
import { PartnershipTheme } from '../partnerships/partnership-theme';

/**
 * A reference criterion of the network's benchmark library ("access to education for migrants'
 * children"): every city reads it, the network operator writes it.
 */
@Entity({ tableName: 'benchmark_criterion' })
export class BenchmarkCriterion extends BaseEntity {
  @Enum({ items: () => PartnershipTheme })
  theme!: PartnershipTheme;

  @Property({ type: JsonType })
  title!: Translated;

  @Property({ type: JsonType })
  description!: Translated;

  @ManyToOne(() => User, {
    mapToPk: true,
    fieldName: 'created_by_id',
    nullable: true,
    deleteRule: 'set null',
  })
  createdById?: string | null;
}
