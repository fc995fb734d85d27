import { PrimaryKey, Property } from '@mikro-orm/core';
import { newId } from './new-id';

export abstract class BaseEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
