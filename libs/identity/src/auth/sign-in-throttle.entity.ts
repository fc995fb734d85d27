import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Failed attempts per key (an email, a client address) in the current window. */
@Entity({ tableName: 'sign_in_throttle' })
export class SignInThrottle {
  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: 'datetime' })
  windowStartedAt!: Date;

  @Property({ type: 'integer' })
  failures!: number;
}
