import { Entity, Enum, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { User } from '@inclusion/identity';
import { TenantOwnedEntity } from '@inclusion/tenancy';
import { PartnershipTheme } from '../partnerships/partnership-theme';

/** How high a theme ranks among a learner city's priorities. */
export enum PriorityLevel {
  High = 'high',
  Medium = 'medium',
  Low = 'low',
}

/**
 * A learner city's needs on one theme: where it stands, what is hard, what it wants first. The
 * operator matches it with mentors' strengths; a mentor's reviewers read it once paired.
 */
@Entity({ tableName: 'needs_assessment' })
@Unique({ properties: ['tenantId', 'theme'] })
export class NeedsAssessment extends TenantOwnedEntity {
  @Enum({ items: () => PartnershipTheme })
  theme!: PartnershipTheme;

  @Property({ type: 'text' })
  situation!: string;

  @Property({ type: 'text' })
  difficulties!: string;

  @Property({ type: 'text' })
  priorities!: string;

  @Enum({ items: () => PriorityLevel })
  priority: Opt<PriorityLevel> = PriorityLevel.Medium;

  @ManyToOne(() => User, {
    mapToPk: true,
    fieldName: 'updated_by_id',
    nullable: true,
    deleteRule: 'set null',
  })
  updatedById?: string | null;
}
