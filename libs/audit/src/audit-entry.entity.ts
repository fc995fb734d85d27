import {
  ArrayType,
  Entity,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  type Opt,
} from '@mikro-orm/core';
import { newId } from '@inclusion/database';
import { User } from '@inclusion/identity';
import { Tenant } from '@inclusion/tenancy';

/**
 * One successful mutation. Append-only: the runtime role may insert and read, never change.
 * A null tenant marks a platform event (a sign-in, an operator's action outside any tenant).
 */
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['tenantId', 'occurredAt'] })
export class AuditEntry {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Tenant, { mapToPk: true, fieldName: 'tenant_id', nullable: true })
  tenantId?: string | null;

  @Index()
  @ManyToOne(() => User, { mapToPk: true, fieldName: 'actor_id', nullable: true })
  actorId?: string | null;

  @Property({ type: 'text' })
  operation!: string;

  @Property({ type: ArrayType })
  affectedIds: Opt<string[]> = [];

  @Property({ type: 'datetime' })
  occurredAt: Opt<Date> = new Date();
}
