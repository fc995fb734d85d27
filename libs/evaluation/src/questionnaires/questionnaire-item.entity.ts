import { Entity, Enum, Index, JsonType, ManyToOne, Property, Unique } from '@mikro-orm/core';
import type { Translated } from '@inclusion/i18n';
import { TenantOwnedEntity } from '@inclusion/tenancy';
import { ItemKind, type ChoiceOption, type LikertScale } from './item-kind';
import { Questionnaire } from './questionnaire.entity';

/** One question. Its key, not its position or wording, identifies it across languages and moments. */
@Entity({ tableName: 'questionnaire_item' })
@Unique({ properties: ['tenantId', 'questionnaireId', 'key'] })
export class QuestionnaireItem extends TenantOwnedEntity {
  @Index()
  @ManyToOne(() => Questionnaire, {
    mapToPk: true,
    fieldName: 'questionnaire_id',
    deleteRule: 'cascade',
  })
  questionnaireId!: string;

  @Property({ type: 'text' })
  key!: string;

  @Property({ type: 'int' })
  position!: number;

  @Enum({ items: () => ItemKind })
  kind!: ItemKind;

  @Property({ type: JsonType })
  prompt!: Translated;

  /** The choices of a single or multiple choice item. */
  @Property({ type: JsonType, nullable: true })
  options?: ChoiceOption[] | null;

  /** The ends of a Likert item's scale. */
  @Property({ type: JsonType, nullable: true })
  scale?: LikertScale | null;
}
