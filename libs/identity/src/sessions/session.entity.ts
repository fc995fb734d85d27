import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '@inclusion/database';
import { User } from '../users/user.entity';

/** A signed-in device. Access tokens name it, so revoking it ends them before they expire. */
@Entity({ tableName: 'auth_session' })
export class Session extends BaseEntity {
  @Index()
  @ManyToOne(() => User)
  user!: User;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  userAgent?: string | null;
}
