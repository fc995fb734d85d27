import { Entity, Index, ManyToOne, Unique } from '@mikro-orm/core';
import { Membership } from '@inclusion/identity';
import { TenantOwnedEntity } from '@inclusion/tenancy';
import { Recommendation } from './recommendation.entity';

/** A member of the city credited as one of a recommendation's authors. */
@Entity({ tableName: 'recommendation_coauthor' })
@Unique({ properties: ['tenantId', 'recommendationId', 'membershipId'] })
export class RecommendationCoauthor extends TenantOwnedEntity {
  @ManyToOne(() => Recommendation, {
    mapToPk: true,
    fieldName: 'recommendation_id',
    deleteRule: 'cascade',
  })
  recommendationId!: string;

  @Index()
  @ManyToOne(() => Membership, { mapToPk: true, fieldName: 'membership_id', deleteRule: 'cascade' })
  membershipId!: string;
}
