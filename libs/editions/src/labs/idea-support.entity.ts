import { Entity, Index, ManyToOne, Unique } from '@mikro-orm/core';
import { Membership } from '@inclusion/identity';
import { TenantOwnedEntity } from '@inclusion/tenancy';
import { LabArtefact } from './lab-artefact.entity';

/** One member backing one idea; once each. */
@Entity({ tableName: 'idea_support' })
@Unique({ properties: ['tenantId', 'idea', 'membership'] })
export class IdeaSupport extends TenantOwnedEntity {
  @Index()
  @ManyToOne(() => LabArtefact)
  idea!: LabArtefact;

  @ManyToOne(() => Membership)
  membership!: Membership;
}
