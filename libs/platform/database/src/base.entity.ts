import { PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { newId } from './new-id';

export abstract class BaseEntity {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
