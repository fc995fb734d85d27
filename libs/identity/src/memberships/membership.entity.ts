import {
  ArrayType,
  Entity,
  Enum,
  Index,
  ManyToOne,
  Property,
  Unique,
  type Opt,
} from '@mikro-orm/core';
import type { ReadOnlyRow } from '@inclusion/database';
import { TenantOwnedEntity } from '@inclusion/tenancy';
import { User } from '../users/user.entity';
import type { MembershipRole } from './membership-role';

export enum MembershipStatus {
  Invited = 'invited',
  Active = 'active',
  Revoked = 'revoked',
}

/** A user's roles in one tenant. */
@Entity({ tableName: 'membership' })
@Unique({ properties: ['tenantId', 'user'] })
export class Membership extends TenantOwnedEntity {
  @Index()
  @ManyToOne(() => User)
  user!: User;

  @Property({ type: ArrayType })
  roles: Opt<MembershipRole[]> = [];

  @Enum({ items: () => MembershipStatus })
  status: Opt<MembershipStatus> = MembershipStatus.Invited;
}

/** A membership as a plain row: its user as an id. */
export type MembershipRow = ReadOnlyRow<Membership>;
