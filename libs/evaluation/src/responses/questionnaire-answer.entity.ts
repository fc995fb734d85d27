import { ArrayType, Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { TenantOwnedEntity } from '@inclusion/tenancy';
import { QuestionnaireResponse } from './questionnaire-response.entity';

/** The answer to one item, by the item's key; exactly one of the three values is set. */
@Entity({ tableName: 'questionnaire_answer' })
@Unique({ properties: ['tenantId', 'responseId', 'itemKey'] })
export class QuestionnaireAnswer extends TenantOwnedEntity {
  @Index()
  @ManyToOne(() => QuestionnaireResponse, {
    mapToPk: true,
    fieldName: 'response_id',
    deleteRule: 'cascade',
  })
  responseId!: string;

  @Property({ type: 'text' })
  itemKey!: string;

  /** 1 to 5. */
  @Property({ type: 'int', nullable: true })
  likert?: number | null;

  /** The keys of the options chosen. */
  @Property({ type: ArrayType, nullable: true })
  choices?: string[] | null;

  @Property({ type: 'text', nullable: true })
  text?: string | null;
}
