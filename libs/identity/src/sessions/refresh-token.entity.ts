import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '@inclusion/database';
import { Session } from './session.entity';

/** One link of a session's rotating refresh-token chain; reusing a used link revokes the session. */
@Entity({ tableName: 'refresh_token' })
export class RefreshToken extends BaseEntity {
  @Index()
  @ManyToOne(() => Session)
  session!: Session;

  @Property({ type: 'text', unique: true })
  tokenHash!: string;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt?: Date | null;
}
