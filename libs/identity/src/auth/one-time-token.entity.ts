import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '@inclusion/database';
import { User } from '../users/user.entity';

export enum OneTimeTokenPurpose {
  SignInLink = 'sign_in_link',
  PasswordReset = 'password_reset',
}

@Entity({ tableName: 'one_time_token' })
export class OneTimeToken extends BaseEntity {
  @Index()
  @ManyToOne(() => User)
  user!: User;

  @Enum({ items: () => OneTimeTokenPurpose })
  purpose!: OneTimeTokenPurpose;

  @Property({ type: 'text', unique: true })
  tokenHash!: string;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt?: Date | null;
}
