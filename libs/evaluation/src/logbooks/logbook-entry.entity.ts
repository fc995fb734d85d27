import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Edition } from '@inclusion/editions';
import { User } from '@inclusion/identity';
import { TenantOwnedEntity } from '@inclusion/tenancy';

/**
 * What a participant noted after a step of the edition. Private to its author and the edition's
 * team until the author shares it with the city's members (row-level security).
 */
@Entity({ tableName: 'logbook_entry' })
export class LogbookEntry extends TenantOwnedEntity {
  @Index()
  @ManyToOne(() => Edition, { mapToPk: true, fieldName: 'edition_id' })
  editionId!: string;

  /** The entry is its author's: erasing the person erases their logbook. */
  @Index()
  @ManyToOne(() => User, { mapToPk: true, fieldName: 'author_id', deleteRule: 'cascade' })
  authorId!: string;

  /** The phase of the edition the step belongs to, or null when only a label names it. */
  @Property({ type: 'text', nullable: true })
  phaseKey?: string | null;

  /** The step in the author's words ("second Policy Lab day"). */
  @Property({ type: 'text', nullable: true })
  stepLabel?: string | null;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'text', nullable: true })
  feelings?: string | null;

  @Property({ type: 'text', nullable: true })
  discoveries?: string | null;

  @Property({ type: 'text', nullable: true })
  difficulties?: string | null;

  @Property({ type: 'datetime', nullable: true })
  sharedAt?: Date | null;
}
