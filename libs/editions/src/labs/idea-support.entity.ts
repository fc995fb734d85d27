import { Entity, Index, ManyToOne, Unique } from '@mikro-orm/core';
import { BaseEntity, TenantScoped } from '@inclusion/database';
import { Membership } from '@inclusion/identity';
import { Tenant } from '@inclusion/tenancy';
import { LabArtefact } from './lab-artefact.entity';

/** One member backing one idea; once each. */
@Entity({ tableName: 'idea_support' })
@TenantScoped()
@Unique({ properties: ['tenantId', 'idea', 'membership'] })
export class IdeaSupport extends BaseEntity {
  @Index()
  @ManyToOne(() => Tenant, { mapToPk: true, fieldName: 'tenant_id' })
  tenantId!: string;

  @Index()
  @ManyToOne(() => LabArtefact)
  idea!: LabArtefact;

  @ManyToOne(() => Membership)
  membership!: Membership;
}
