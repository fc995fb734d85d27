import { ArrayType, Entity, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { TenantOwnedEntity } from '@inclusion/tenancy';
import type { MembershipRole } from '../memberships/membership-role';
import { Membership } from '../memberships/membership.entity';
import { User } from '../users/user.entity';

/** An email invitation to join a tenant; the link carries a secret whose hash only is stored. */
@Entity({ tableName: 'invitation' })
export class Invitation extends TenantOwnedEntity {
  @ManyToOne(() => Membership)
  membership!: Membership;

  @Property({ type: 'text' })
  email!: string;

  @Property({ type: ArrayType })
  roles: Opt<MembershipRole[]> = [];

  @ManyToOne(() => User, { nullable: true })
  invitedBy?: User | null;

  /** Not unique per se: 256-bit secrets do not collide, and a tenant-free unique key would not shard. */
  @Index()
  @Property({ type: 'text', hidden: true })
  tokenHash!: string;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  acceptedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;
}
