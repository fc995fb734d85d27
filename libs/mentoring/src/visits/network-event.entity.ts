import { Check, Entity, Enum, JsonType, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '@inclusion/database';
import { graphqlEnum } from '@inclusion/graphql';
import type { Translated } from '@inclusion/i18n';
import { User } from '@inclusion/identity';

export enum NetworkEventKind {
  /** A training academy for the cities' teams. */
  TrainingAcademy = 'training_academy',
  /** A knowledge-sharing workshop between the pairs. */
  KnowledgeSharing = 'knowledge_sharing',
}

export const NetworkEventKindEnum = graphqlEnum(NetworkEventKind, 'NetworkEventKind');

/** The network's own gatherings, open to every city: the operator runs them. */
@Entity({ tableName: 'network_event' })
@Check({ name: 'network_event_dates_check', expression: 'ends_on >= starts_on' })
export class NetworkEvent extends BaseEntity {
  @Enum({ items: () => NetworkEventKind })
  kind!: NetworkEventKind;

  @Property({ type: JsonType })
  title!: Translated;

  @Property({ type: JsonType })
  description!: Translated;

  @Property({ type: 'date' })
  startsOn!: string;

  @Property({ type: 'date' })
  endsOn!: string;

  /** An address, or "online". */
  @Property({ type: 'text' })
  place!: string;

  @ManyToOne(() => User, {
    mapToPk: true,
    fieldName: 'created_by_id',
    nullable: true,
    deleteRule: 'set null',
  })
  createdById?: string | null;
}
